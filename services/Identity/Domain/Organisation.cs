using Concord.Contracts.Sharing;

namespace Concord.Identity.Domain;

/// <summary>A member of the partnership: a bank, the FIU, a police unit, a prosecutor or an oversight body.</summary>
public sealed class Organisation
{
    public const int IdMaxLength = 64;

    /// <summary>The stable, human-readable identifier every service sees in <c>concord_org</c>, e.g. "bank-alpha".</summary>
    public required string Id { get; init; }

    public required string Name { get; set; }

    public required OrganisationKind Kind { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country code, e.g. "GB".</summary>
    public required string Jurisdiction { get; set; }
}
