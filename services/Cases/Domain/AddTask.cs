namespace Concord.Cases.Domain;

public sealed record AddTask : CaseCommand
{
    public required Guid TaskId { get; init; }

    public required string Title { get; init; }

    /// <summary>The person the task is for; must be a member.</summary>
    public required string Assignee { get; init; }

    public required DateOnly DueOn { get; init; }
}
