using Concord.Contracts.Sharing;

namespace Concord.Contracts.Cases;

/// <summary>
/// A closed case's outcome, told to the FIU that disseminated into it and — as the agreements allow — to each bank whose
/// reports contributed. One message per recipient; a bank's copy lists only its own reports.
/// </summary>
public sealed record CaseOutcomeReported
{
    /// <summary>This recipient's copy.</summary>
    public required Guid OutcomeId { get; init; }

    /// <summary>The case's reference as its members quote it, e.g. <c>CASE-2026-7KQ2M9XW4T</c>.</summary>
    public required string CaseReference { get; init; }

    public required string RecipientOrganisationId { get; init; }

    public required CaseOutcomeKind Outcome { get; init; }

    /// <summary>What the task force says about the outcome (the reason recorded at closure).</summary>
    public required string Summary { get; init; }

    /// <summary>The milestones the case reached, in order, e.g. charged, assets frozen, assets recovered.</summary>
    public required IReadOnlyList<ReachedMilestone> Milestones { get; init; }

    /// <summary>The recipient's reports (or, for the FIU, every report) that contributed to the case.</summary>
    public required IReadOnlyList<ContributingReport> Reports { get; init; }

    /// <summary>The disseminations the case worked from, by reference (the FIU's own; empty in a bank's copy).</summary>
    public IReadOnlyList<string> DisseminationReferences { get; init; } = [];

    /// <summary>The task-force organisation that reports it (the case's lead).</summary>
    public required string ReportedBy { get; init; }

    public required DateTimeOffset ClosedAt { get; init; }

    /// <summary>
    /// The basis it travels under: from the lead's organisation (originator and sender) to this recipient under the case's
    /// agreement, purpose <c>Feedback</c>, category <c>Outcome</c>. A recipient no flow covers is not sent a copy.
    /// </summary>
    public SharingEnvelope? Envelope { get; init; }
}
