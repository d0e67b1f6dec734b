using Concord.Contracts.Cases;

namespace Concord.BankGateway.CaseOutcomes;

/// <summary>A closed case's outcome as a task force told it to one bank whose reports contributed.</summary>
public sealed class ReceivedCaseOutcome
{
    /// <summary>The task force's id of this bank's copy: the same outcome delivered twice is stored once.</summary>
    public Guid Id { get; set; }

    /// <summary>Orders outcomes closed at the same moment, in the order they arrived.</summary>
    public long Sequence { get; set; }

    public required string BankOrganisationId { get; set; }

    public required string CaseReference { get; set; }

    public CaseOutcomeKind Outcome { get; set; }

    public required string Summary { get; set; }

    /// <summary>The milestones the case reached, as JSON (<c>ReachedMilestone[]</c>).</summary>
    public required string Milestones { get; set; }

    /// <summary>The task-force organisation that reported it.</summary>
    public required string ReportedBy { get; set; }

    public DateTimeOffset ClosedAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The envelope the outcome arrived under, as JSON.</summary>
    public required string Envelope { get; set; }

    public Guid AgreementId { get; set; }

    /// <summary>When the outcome must be purged: the envelope's <c>retainUntil</c>.</summary>
    public DateTimeOffset RetainUntil { get; set; }

    /// <summary>The bank's own reports the outcome names.</summary>
    public List<CaseOutcomeReport> Reports { get; set; } = [];
}
