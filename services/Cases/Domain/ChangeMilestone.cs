namespace Concord.Cases.Domain;

/// <summary>Moves the case to <see cref="To"/>; closing needs an <see cref="Outcome"/> and a <see cref="Reason"/>.</summary>
public sealed record ChangeMilestone : CaseCommand
{
    public required CaseMilestone To { get; init; }

    public CaseOutcome? Outcome { get; init; }

    public string? Reason { get; init; }
}
