using Concord.Contracts.Sharing;
using Concord.Identity.Domain;

namespace Concord.Identity.Seeding;

internal sealed record SeedOrganisation
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required OrganisationKind Kind { get; init; }

    public required string Jurisdiction { get; init; }
}
