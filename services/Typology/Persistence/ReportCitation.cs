namespace Concord.Typology.Persistence;

/// <summary>A typology code a screened report cites, with the version in force when the report was received.</summary>
public sealed class ReportCitation
{
    public Guid ReportId { get; set; }

    public required string Code { get; set; }

    /// <summary>Null when no version of the code was published by then (or the code is no typology's).</summary>
    public int? Version { get; set; }
}
