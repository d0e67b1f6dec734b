namespace Concord.Fiu.Triage;

/// <summary>An analyst's note on a report. Notes are added, never edited: what was written stays as written.</summary>
public sealed class AnalysisNote
{
    public Guid Id { get; set; }

    public Guid ReportId { get; set; }

    /// <summary>Who wrote it: the analyst's client id from the token.</summary>
    public required string Author { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset WrittenAt { get; set; }
}
