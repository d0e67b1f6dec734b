namespace Concord.Testing;

/// <summary>The demo seed's client credentials (deploy/seed/demo-seed.json).</summary>
public static class DemoClients
{
    public static readonly (string Id, string Secret, string Scope) BankAlpha = ("bank-alpha-filing", "demo-bank-alpha-secret", "concord.filing");
    public static readonly (string Id, string Secret, string Scope) BankBeta = ("bank-beta-filing", "demo-bank-beta-secret", "concord.filing");
    public static readonly (string Id, string Secret, string Scope) Fiu = ("fiu-gb-system", "demo-fiu-gb-secret", "concord.fiu");
    public static readonly (string Id, string Secret, string Scope) BankGamma = ("bank-gamma-filing", "demo-bank-gamma-secret", "concord.filing");

    /// <summary>The same clients, for the Agreements service: a bank or the FIU approving what it is party to.</summary>
    public static readonly (string Id, string Secret, string Scope) BankGammaAgreements = ("bank-gamma-filing", "demo-bank-gamma-secret", "concord.agreements");
    public static readonly (string Id, string Secret, string Scope) FiuAgreements = ("fiu-gb-system", "demo-fiu-gb-secret", "concord.agreements");
    public static readonly (string Id, string Secret, string Scope) BankAlphaAgreements = ("bank-alpha-filing", "demo-bank-alpha-secret", "concord.agreements");

    /// <summary>The partnership secretariat: drafts, suspends, resumes and terminates agreements.</summary>
    public static readonly (string Id, string Secret, string Scope) Secretariat = ("secretariat-agreements", "demo-secretariat-secret", "concord.agreements concord.agreements.manage");

    /// <summary>Two FIU analysts for typologies: one writes and submits, the other reviews (four eyes).</summary>
    public static readonly (string Id, string Secret, string Scope) TypologyAnalyst1 = ("fiu-gb-analyst-1", "demo-fiu-gb-analyst-1-secret", "concord.typology");
    public static readonly (string Id, string Secret, string Scope) TypologyAnalyst2 = ("fiu-gb-analyst-2", "demo-fiu-gb-analyst-2-secret", "concord.typology");

    /// <summary>The demo task force's people in the Cases service: the police lead, the prosecutor, the FIU's case analyst and Alpha's vetted investigator.</summary>
    public static readonly (string Id, string Secret, string Scope) PoliceCases = ("police-ecu-cases", "demo-police-ecu-cases-secret", "concord.cases");
    public static readonly (string Id, string Secret, string Scope) ProsecutorCases = ("cps-demo-cases", "demo-cps-demo-cases-secret", "concord.cases");
    public static readonly (string Id, string Secret, string Scope) FiuCases = ("fiu-gb-cases", "demo-fiu-gb-cases-secret", "concord.cases");
    public static readonly (string Id, string Secret, string Scope) BankAlphaInvestigator = ("bank-alpha-investigator", "demo-bank-alpha-investigator-secret", "concord.cases");

    /// <summary>The oversight body: reads every agreement and the audit checkpoints.</summary>
    public static readonly (string Id, string Secret, string Scope) Oversight = ("oversight-demo-audit", "demo-oversight-secret", "concord.agreements");
}
