using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Mathematics;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;

namespace Concord.Benchmarks.LegalBasis;

/// <summary>
/// Any percentile of the measurements, shown like BenchmarkDotNet's own percentile columns. Needed because
/// <see cref="StatisticColumn"/> stops at P95 (then P100), and the decision point's target is a p99.
/// </summary>
internal sealed class PercentileColumn(int percentile) : IColumn
{
    // Note: the rank BenchmarkDotNet gives its own percentile columns within the statistics, so P99 sorts after P95.
    private const int PercentilesPriority = 2;

    public string Id => $"{nameof(PercentileColumn)}.{ColumnName}";

    public string ColumnName => $"P{percentile}";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => PercentilesPriority;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Time;

    public string Legend => $"Percentile {percentile}";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (summary[benchmarkCase]?.ResultStatistics is not { } statistics)
        {
            return "NA";
        }

        var all = summary.Reports.Select(report => report.ResultStatistics).OfType<Statistics>()
            .Select(each => each.Percentiles.Percentile(percentile)).ToArray();

        // Note: a style without a unit leaves it to the column, as BenchmarkDotNet does: the best unit for all its values.
        var unit = style.TimeUnit ?? TimeUnit.GetBestTimeUnit(all);
        var number = InUnit(statistics.Percentiles.Percentile(percentile), unit).ToString("N" + Precision(all.Select(each => InUnit(each, unit))), style.CultureInfo);
        return style.PrintUnitsInContent ? $"{number} {unit.Abbreviation}" : number;
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static double InUnit(double nanoseconds, TimeUnit unit) => TimeUnit.Convert(nanoseconds, TimeUnit.Nanosecond, unit);

    /// <summary>BenchmarkDotNet's rule: enough decimals for the column's smallest value, 1 to 4.</summary>
    private static int Precision(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).Select(Math.Abs).ToArray();
        if (finite.Length == 0 || finite.All(value => value < 1e-9))
        {
            return 1;
        }

        var smallest = finite.Min();
        return smallest < 1 - 1e-9 ? 4 : Math.Clamp((int)Math.Truncate(-Math.Log10(smallest)) + 3, 1, 4);
    }
}
