namespace Concord.Cases.Domain;

public sealed record CompleteTask : CaseCommand
{
    public required Guid TaskId { get; init; }
}
