namespace Concord.BankGateway;

/// <summary>Settings under <c>Concord:BankGateway</c>.</summary>
public sealed class GatewayOptions
{
    public const string Section = "Concord:BankGateway";

    /// <summary>The FIU the banks of this gateway report to, e.g. <c>fiu-gb</c>. Required.</summary>
    public string Fiu { get; set; } = "";
}
