using Concord.Contracts.Sharing;

namespace Concord.Cases.Domain;

public sealed record MemberAdded : CaseEvent
{
    public required string PersonId { get; init; }

    public required string OrganisationId { get; init; }

    public required OrganisationKind OrganisationKind { get; init; }

    public required CaseRole Role { get; init; }
}
