namespace Concord.Cases.Domain;

public sealed record TaskAdded : CaseEvent
{
    public required Guid TaskId { get; init; }

    public required string Title { get; init; }

    public required string Assignee { get; init; }

    public required DateOnly DueOn { get; init; }

    /// <summary>True for a task the case type's template created when the case was opened.</summary>
    public bool FromTemplate { get; init; }
}
