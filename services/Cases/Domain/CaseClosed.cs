namespace Concord.Cases.Domain;

public sealed record CaseClosed : CaseEvent
{
    public required CaseMilestone From { get; init; }

    public required CaseOutcome Outcome { get; init; }

    public required string Reason { get; init; }
}
