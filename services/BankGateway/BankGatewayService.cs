namespace Concord.BankGateway;

/// <summary>Marks the bank gateway's assembly, for hosting it in tests.</summary>
public static class BankGatewayService
{
    public const string Audience = "concord-bank-gateway";
}
