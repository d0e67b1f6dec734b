using Concord.Contracts.Cases;

namespace Concord.Fiu.Disseminations;

/// <summary>A closed case's outcome as a task force told it to the FIU (<see cref="CaseOutcomeReported"/>).</summary>
public sealed class CaseOutcome
{
    /// <summary>The FIU's copy's id, as the task force set it: one row however often the message is delivered.</summary>
    public Guid Id { get; set; }

    public required string CaseReference { get; set; }

    public CaseOutcomeKind Outcome { get; set; }

    public required string Summary { get; set; }

    /// <summary>The milestones reached, as JSON (<c>ReachedMilestone[]</c>).</summary>
    public required string Milestones { get; set; }

    /// <summary>The contributing reports, as JSON (<c>ContributingReport[]</c>).</summary>
    public required string Reports { get; set; }

    /// <summary>The contributing reports' Concord references, to find a report's outcomes.</summary>
    public List<string> ConcordReferences { get; set; } = [];

    /// <summary>The FIU's disseminations the case worked from.</summary>
    public List<string> DisseminationReferences { get; set; } = [];

    public required string ReportedBy { get; set; }

    public DateTimeOffset ClosedAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The envelope the outcome arrived under, as JSON: what every read is decided on.</summary>
    public required string Envelope { get; set; }

    public Guid AgreementId { get; set; }

    /// <summary>When the outcome must be purged, as the agreement's retention set it.</summary>
    public DateTimeOffset RetainUntil { get; set; }
}
