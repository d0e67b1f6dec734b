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
}
