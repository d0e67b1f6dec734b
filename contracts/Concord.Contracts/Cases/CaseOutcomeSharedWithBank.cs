using Concord.Contracts.Sharing;

namespace Concord.Contracts.Cases;

/// <summary>
/// A closed case's outcome, told to one bank whose reports contributed to it, as the case's agreement allows: so the
/// bank learns what its reports achieved. It names only that bank's reports, never another bank or the FIU's analysis.
/// </summary>
public sealed record CaseOutcomeSharedWithBank
{
    /// <summary>This bank's copy.</summary>
    public required Guid OutcomeId { get; init; }

    /// <summary>The case's reference as its members quote it, e.g. <c>CASE-2026-7KQ2M9XW4T</c>.</summary>
    public required string CaseReference { get; init; }

    /// <summary>The bank: the only recipient of the envelope.</summary>
    public required string BankOrganisationId { get; init; }

    public required CaseOutcomeKind Outcome { get; init; }

    /// <summary>What the task force says about the outcome, as it chooses to tell the banks.</summary>
    public required string Summary { get; init; }

    /// <summary>The milestones the case reached, in order.</summary>
    public required IReadOnlyList<ReachedMilestone> Milestones { get; init; }

    /// <summary>This bank's reports that contributed to the case; at least one.</summary>
    public required IReadOnlyList<ContributingReport> Reports { get; init; }

    /// <summary>The task-force organisation that reports it (the case's lead).</summary>
    public required string ReportedBy { get; init; }

    public required DateTimeOffset ClosedAt { get; init; }

    /// <summary>
    /// The basis it travels under: from the lead's organisation (originator and sender) to this bank under the case's
    /// agreement, purpose <c>Feedback</c>, category <c>Outcome</c>. A bank no flow covers is not sent a copy.
    /// </summary>
    public SharingEnvelope? Envelope { get; init; }
}
