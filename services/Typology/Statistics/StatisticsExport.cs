namespace Concord.Typology.Statistics;

/// <summary>Every typology's figures, for reporting to the partnership.</summary>
public sealed record StatisticsExport(string Organisation, DateTimeOffset GeneratedAt, IReadOnlyList<ExportRow> Rows);
