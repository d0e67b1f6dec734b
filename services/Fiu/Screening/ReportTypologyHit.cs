namespace Concord.Fiu.Screening;

/// <summary>An indicator rule of a typology version that fired on a received report when it was screened at intake.</summary>
public sealed class ReportTypologyHit
{
    public Guid ReportId { get; set; }

    public Guid TypologyId { get; set; }

    public required string Code { get; set; }

    public int Version { get; set; }

    public required string IndicatorCode { get; set; }

    public DateTimeOffset MatchedAt { get; set; }
}
