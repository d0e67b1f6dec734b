using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace Concord.Benchmarks.LegalBasis;

/// <summary>The default columns plus P95 and P99: the decision point's target is a p99 per decision, not a mean.</summary>
public sealed class PercentileConfig : ManualConfig
{
    public PercentileConfig()
    {
        AddColumn(StatisticColumn.P95, new PercentileColumn(99));
    }
}
