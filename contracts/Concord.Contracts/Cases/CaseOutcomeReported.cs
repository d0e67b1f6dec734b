using Concord.Contracts.Sharing;

namespace Concord.Contracts.Cases;

/// <summary>
/// A closed case's outcome, told to the FIU that disseminated into it. Banks get theirs as
/// <see cref="CaseOutcomeSharedWithBank"/>: a separate type, because the FIU and the bank gateway each consume only
/// what is addressed to the organisations they host, and a copy addressed to the other would be quarantined.
/// </summary>
public sealed record CaseOutcomeReported
{
    /// <summary>This recipient's copy.</summary>
    public required Guid OutcomeId { get; init; }

    /// <summary>The case's reference as its members quote it, e.g. <c>CASE-2026-7KQ2M9XW4T</c>.</summary>
    public required string CaseReference { get; init; }

    /// <summary>The FIU organisation: the only recipient of the envelope.</summary>
    public required string FiuOrganisationId { get; init; }

    public required CaseOutcomeKind Outcome { get; init; }

    /// <summary>What the task force says about the outcome (the reason recorded at closure).</summary>
    public required string Summary { get; init; }

    /// <summary>The milestones the case reached, in order, e.g. charged, assets frozen, assets recovered.</summary>
    public required IReadOnlyList<ReachedMilestone> Milestones { get; init; }

    /// <summary>Every report that contributed to the case.</summary>
    public required IReadOnlyList<ContributingReport> Reports { get; init; }

    /// <summary>The disseminations the case worked from, by the FIU's references.</summary>
    public IReadOnlyList<string> DisseminationReferences { get; init; } = [];

    /// <summary>The task-force organisation that reports it (the case's lead).</summary>
    public required string ReportedBy { get; init; }

    public required DateTimeOffset ClosedAt { get; init; }

    /// <summary>
    /// The basis it travels under: from the lead's organisation (originator and sender) to the FIU under the case's
    /// agreement, purpose <c>Feedback</c>, category <c>Outcome</c>. Without a flow that covers it, no copy is sent.
    /// </summary>
    public SharingEnvelope? Envelope { get; init; }
}
