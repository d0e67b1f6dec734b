namespace Concord.Typology.Persistence;

/// <summary>An indicator rule that fired on a screened report.</summary>
public sealed class ReportHit
{
    public Guid ReportId { get; set; }

    public required string Code { get; set; }

    public int Version { get; set; }

    public required string IndicatorCode { get; set; }
}
