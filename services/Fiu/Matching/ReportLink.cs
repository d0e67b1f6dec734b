namespace Concord.Fiu.Matching;

/// <summary>
/// Why two reports are linked: a report, when it arrived, shared an identifier with an earlier one (or carried a name
/// close enough to score). Stored once, from the newer report to the earlier; read both ways.
/// </summary>
public sealed class ReportLink
{
    public long Id { get; set; }

    /// <summary>The report that arrived and was matched.</summary>
    public Guid ReportId { get; set; }

    /// <summary>The earlier report it matched.</summary>
    public Guid LinkedReportId { get; set; }

    /// <summary>The kind of identifier shared, or <see cref="IdentifierKind.PersonName"/> / <see cref="IdentifierKind.EntityName"/> for a scored name.</summary>
    public IdentifierKind Kind { get; set; }

    /// <summary>The normalised value shared (for a name, the newer report's name key).</summary>
    public required string Value { get; set; }

    /// <summary>As the newer report wrote it.</summary>
    public required string Display { get; set; }

    /// <summary>As the earlier report wrote it.</summary>
    public required string LinkedDisplay { get; set; }

    /// <summary>The subject, account or counterparty of the newer report.</summary>
    public required string Holder { get; set; }

    public required string LinkedHolder { get; set; }

    /// <summary>For a name: the similarity score, 0 to 1; null for an exact identifier.</summary>
    public double? Score { get; set; }

    /// <summary>Both reports were filed by the same bank: kept, but analysts look at other banks first.</summary>
    public bool SameBank { get; set; }

    public DateTimeOffset LinkedAt { get; set; }
}
