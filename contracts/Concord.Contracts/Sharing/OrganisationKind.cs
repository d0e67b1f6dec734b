namespace Concord.Contracts.Sharing;

/// <summary>What an organisation in the partnership is; agreements' flows can name a kind instead of an organisation.</summary>
public enum OrganisationKind
{
    Bank,
    Fiu,
    LawEnforcement,
    Prosecutor,
    Oversight,
}
