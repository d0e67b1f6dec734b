namespace Concord.ServiceDefaults;

/// <summary>The claims Concord's identity server puts in every access token, and every service reads.</summary>
public static class ConcordClaims
{
    /// <summary>The organisation the caller acts for, e.g. "bank-alpha".</summary>
    public const string Organisation = "concord_org";

    /// <summary>The organisation's kind: Bank, Fiu, LawEnforcement, Prosecutor, Oversight.</summary>
    public const string OrganisationKind = "concord_org_kind";

    /// <summary>The organisation's jurisdiction (ISO 3166-1 alpha-2).</summary>
    public const string Jurisdiction = "concord_jurisdiction";

    public const string ClientId = "client_id";

    public const string Subject = "sub";

    public const string Scope = "scope";
}
