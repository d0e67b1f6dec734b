using Concord.Contracts.Sharing;

namespace Concord.Contracts.Agreements;

public sealed record AgreementParty
{
    public required string OrganisationId { get; init; }

    public required OrganisationKind Kind { get; init; }
}
