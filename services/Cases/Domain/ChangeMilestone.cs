namespace Concord.Cases.Domain;

/// <summary>Moves the case to <see cref="To"/>; closing needs an <see cref="Outcome"/> and a <see cref="Reason"/>.</summary>
public sealed record ChangeMilestone : CaseCommand
{
    public required CaseMilestone To { get; init; }

    public CaseOutcome? Outcome { get; init; }

    public string? Reason { get; init; }

    /// <summary>When closing a case that has no reference yet: the one to give it (its outcome is reported by it).</summary>
    public string? Reference { get; init; }

    /// <summary>When closing: the organisations the outcome is for, and whether the agreement lets it go to each (decided by the desk).</summary>
    public IReadOnlyList<OutcomeRecipient> OutcomeRecipients { get; init; } = [];
}
