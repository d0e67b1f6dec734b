namespace Concord.Cases.Domain;

public sealed record TaskCompleted : CaseEvent
{
    public required Guid TaskId { get; init; }
}
