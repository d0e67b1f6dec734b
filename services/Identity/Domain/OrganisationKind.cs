namespace Concord.Identity.Domain;

/// <summary>What an organisation is in the partnership; carried in tokens as <c>concord_org_kind</c>.</summary>
public enum OrganisationKind
{
    Bank,
    Fiu,
    LawEnforcement,
    Prosecutor,
    Oversight,
}
