namespace Concord.Cases.Domain;

public sealed record MilestoneReached : CaseEvent
{
    public required CaseMilestone From { get; init; }

    public required CaseMilestone To { get; init; }
}
