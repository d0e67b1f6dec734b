namespace Concord.BankGateway;

/// <summary>Marks the bank gateway's assembly, for hosting it in tests (<c>WebApplicationFactory&lt;BankGatewayService&gt;</c>).</summary>
public sealed class BankGatewayService
{
    public const string Audience = "concord-bank-gateway";

    private BankGatewayService()
    {
    }
}
