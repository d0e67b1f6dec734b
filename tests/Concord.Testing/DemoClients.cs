namespace Concord.Testing;

/// <summary>The demo seed's client credentials (deploy/seed/demo-seed.json).</summary>
public static class DemoClients
{
    public static readonly (string Id, string Secret, string Scope) BankAlpha = ("bank-alpha-filing", "demo-bank-alpha-secret", "concord.filing");
    public static readonly (string Id, string Secret, string Scope) BankBeta = ("bank-beta-filing", "demo-bank-beta-secret", "concord.filing");
    public static readonly (string Id, string Secret, string Scope) Fiu = ("fiu-gb-system", "demo-fiu-gb-secret", "concord.fiu");
}
