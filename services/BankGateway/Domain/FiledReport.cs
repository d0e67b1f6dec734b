namespace Concord.BankGateway.Domain;

/// <summary>A report as the gateway stores it for the bank that filed it.</summary>
public sealed class FiledReport
{
    public Guid Id { get; set; }

    /// <summary>The reference Concord gives the report at once; random, so it reveals nothing about other filings.</summary>
    public required string ConcordReference { get; set; }

    /// <summary>The filing bank's organisation, from its token. Every query is scoped by it.</summary>
    public required string BankOrganisationId { get; set; }

    public required string BankReference { get; set; }

    public required string ReportTypeCode { get; set; }

    /// <summary>SHA-256 of the report's canonical JSON: tells a replay of the same report from a different one under the same reference.</summary>
    public required string ContentHash { get; set; }

    /// <summary>The canonical report as JSON.</summary>
    public required string Report { get; set; }

    public required string FiledBy { get; set; }

    public DateTimeOffset FiledAt { get; set; }

    public ReportStatus Status { get; set; }

    public DateTimeOffset StatusChangedAt { get; set; }

    public string? FiuReference { get; set; }

    /// <summary>The FIU's field-level reasons as JSON, when rejected.</summary>
    public string? RejectionReasons { get; set; }

    /// <summary>
    /// Until when the FIU's answer (<see cref="FiuReference"/>, <see cref="RejectionReasons"/>) may be kept: the
    /// <c>retainUntil</c> of the feedback envelope it came under. The report itself is the bank's own.
    /// </summary>
    public DateTimeOffset? FeedbackRetainUntil { get; set; }

    /// <summary>When the retention job emptied the FIU's answer, if it has.</summary>
    public DateTimeOffset? FeedbackPurgedAt { get; set; }
}
