namespace Concord.Agreements.Tests.Integration;

/// <summary>The demo seed's clients (deploy/seed/demo-seed.json) with the scope each test asks for.</summary>
public static class Clients
{
    public static readonly (string Id, string Secret, string Scope) Secretariat = ("secretariat-agreements", "demo-secretariat-secret", "concord.agreements concord.agreements.manage");
    public static readonly (string Id, string Secret, string Scope) Oversight = ("oversight-demo-audit", "demo-oversight-secret", "concord.agreements");
    public static readonly (string Id, string Secret, string Scope) BankAlpha = ("bank-alpha-filing", "demo-bank-alpha-secret", "concord.agreements");
    public static readonly (string Id, string Secret, string Scope) BankBeta = ("bank-beta-filing", "demo-bank-beta-secret", "concord.agreements");
    public static readonly (string Id, string Secret, string Scope) BankGamma = ("bank-gamma-filing", "demo-bank-gamma-secret", "concord.agreements");
    public static readonly (string Id, string Secret, string Scope) Fiu = ("fiu-gb-system", "demo-fiu-gb-secret", "concord.agreements");
    public static readonly (string Id, string Secret, string Scope) FiuReplica = ("fiu-gb-service", "demo-fiu-gb-service-secret", "concord.agreements.replica");
    public static readonly (string Id, string Secret, string Scope) GatewayReplica = ("bank-gateway-service", "demo-bank-gateway-service-secret", "concord.agreements.replica");

    /// <summary>Alpha Bank's filing token: the bank gateway's audience only.</summary>
    public static readonly (string Id, string Secret, string Scope) BankAlphaFiling = ("bank-alpha-filing", "demo-bank-alpha-secret", "concord.filing");
}
