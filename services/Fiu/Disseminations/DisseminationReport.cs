namespace Concord.Fiu.Disseminations;

/// <summary>One report a dissemination derives from, as it was when disseminated.</summary>
public sealed class DisseminationReport
{
    public Guid DisseminationId { get; set; }

    public Guid ReportId { get; set; }

    /// <summary>The report's place in the analyst's list.</summary>
    public int Position { get; set; }

    public required string ConcordReference { get; set; }

    public string? FiuReference { get; set; }

    public required string BankOrganisationId { get; set; }

    public DateTimeOffset FiledAt { get; set; }

    public Dissemination? Dissemination { get; set; }
}
