namespace Concord.Cases.Domain;

public sealed record MemberRemoved : CaseEvent
{
    public required string PersonId { get; init; }

    public required string OrganisationId { get; init; }
}
