namespace Concord.Fiu.Domain;

/// <summary>A report as the FIU received it, with the FIU's decision on it.</summary>
public sealed class ReceivedReport
{
    /// <summary>The gateway's report id: one row per report, however often it is delivered.</summary>
    public Guid Id { get; set; }

    public required string ConcordReference { get; set; }

    /// <summary>The filing bank, as the gateway authenticated it.</summary>
    public required string BankOrganisationId { get; set; }

    public required string BankReference { get; set; }

    public required string ReportTypeCode { get; set; }

    public DateTimeOffset FiledAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public ReceivedReportStatus Status { get; set; }

    /// <summary>Set when acknowledged; random, so it reveals nothing about other filings.</summary>
    public string? FiuReference { get; set; }

    /// <summary>The field-level reasons as JSON, when rejected.</summary>
    public string? RejectionReasons { get; set; }

    /// <summary>The canonical report as JSON, exactly as filed.</summary>
    public required string Report { get; set; }

    /// <summary>The agreement the report arrived under, and its version.</summary>
    public Guid? AgreementId { get; set; }

    public int? AgreementVersion { get; set; }

    /// <summary>The legal gateway the bank cited.</summary>
    public string? LegalGateway { get; set; }

    /// <summary>The sharing envelope the report arrived under, as JSON: what every read is decided on.</summary>
    public string? Envelope { get; set; }

    /// <summary>When the report must be purged, as the agreement's retention set it; the FIU's retention job does it.</summary>
    public DateTimeOffset? RetainUntil { get; set; }

    /// <summary>The triage score (0–100), from <see cref="Triage.TriageScorer"/>; 0 for a rejected report.</summary>
    public int TriageScore { get; set; }

    /// <summary>The factors of <see cref="TriageScore"/> as JSON: code, points and explanation of each.</summary>
    public string? TriageFactors { get; set; }

    /// <summary>The analyst the report is assigned to, who assigned it and when.</summary>
    public string? AssignedTo { get; set; }

    public string? AssignedBy { get; set; }

    public DateTimeOffset? AssignedAt { get; set; }

    /// <summary>The triage decision, its reason, who took it and when; none while the report waits in the queue.</summary>
    public Triage.TriageDecision? Decision { get; set; }

    public string? DecisionReason { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}
