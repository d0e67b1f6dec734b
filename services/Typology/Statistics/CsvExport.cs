using System.Globalization;
using System.Text;

namespace Concord.Typology.Statistics;

/// <summary>The export as CSV (RFC 4180): a header line, then one line per typology version.</summary>
public static class CsvExport
{
    public const string ContentType = "text/csv";

    public static string Write(StatisticsExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var csv = new StringBuilder("code,version,title,crimeArea,marking,publishedAt,withdrawn,recipients,acknowledgements,citations,ruleHits,disseminations\r\n");
        foreach (var row in export.Rows)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{Field(row.Code)},{row.Version},{Field(row.Title)},{Field(row.CrimeArea)},{row.Marking},{row.PublishedAt.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ},{(row.Withdrawn ? "true" : "false")},{row.Recipients},{row.Acknowledgements},{row.Citations},{row.RuleHits},{row.Disseminations}\r\n");
        }

        return csv.ToString();
    }

    /// <summary>Quoted when it holds a comma, quote or line break; a leading =, +, - or @ is prefixed so a spreadsheet never runs it as a formula.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
