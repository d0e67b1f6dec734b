namespace Concord.Cases.Domain;

public sealed record RemoveMember : CaseCommand
{
    public required string PersonId { get; init; }
}
