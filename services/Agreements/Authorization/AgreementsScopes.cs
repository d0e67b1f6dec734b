namespace Concord.Agreements.Authorization;

/// <summary>The OAuth scopes that open this service; a token for its audience carries one or more of them.</summary>
public static class AgreementsScopes
{
    /// <summary>Parties and oversight bodies: read agreements, approve drafts, grant and withdraw consents.</summary>
    public const string Party = "concord.agreements";

    /// <summary>The partnership secretariat: register legal gateways, draft, amend, suspend, resume and terminate agreements.</summary>
    public const string Manage = "concord.agreements.manage";

    /// <summary>Services that keep a replica of the agreements: fetch the gRPC snapshot.</summary>
    public const string Replica = "concord.agreements.replica";
}
