using Concord.Contracts.Sharing;

namespace Concord.Cases.Domain;

/// <summary>Adds a person of an organisation with a role; the organisation's eligibility under the agreement was checked by the caller.</summary>
public sealed record AddMember : CaseCommand
{
    public required string PersonId { get; init; }

    public required string OrganisationId { get; init; }

    public required OrganisationKind OrganisationKind { get; init; }

    public required CaseRole Role { get; init; }
}
