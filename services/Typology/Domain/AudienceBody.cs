using Concord.Contracts.Sharing;

namespace Concord.Typology.Domain;

/// <summary>The audience of a <see cref="TypologyBody"/>: a kind, and the one member that kind needs.</summary>
public sealed record AudienceBody
{
    public AudienceKind? Kind { get; init; }

    public OrganisationKind? Sector { get; init; }

    public IReadOnlyList<string?>? Organisations { get; init; }

    public string? TaskForce { get; init; }
}
