using System.Globalization;

namespace Concord.Benchmarks.Screening;

/// <summary>What to measure; every value can be overridden by an environment variable.</summary>
internal sealed record BenchmarkSettings
{
    /// <summary>Published typologies screened with, about three rule indicators each.</summary>
    public int Typologies { get; init; } = Int("CONCORD_BENCH_TYPOLOGIES", 100);

    /// <summary>Distinct synthetic reports generated up front (the stream cycles through them, so generating is not timed).</summary>
    public int DistinctReports { get; init; } = Int("CONCORD_BENCH_DISTINCT", 2_000);

    /// <summary>Reports screened and timed one by one.</summary>
    public int Reports { get; init; } = Int("CONCORD_BENCH_REPORTS", 50_000);

    /// <summary>Reports screened first, not timed: the JIT and the array pools warm up.</summary>
    public int WarmUpReports { get; init; } = Int("CONCORD_BENCH_WARMUP", 5_000);

    /// <summary>The seed of the generator: the same seed gives the same typologies and reports.</summary>
    public int Seed { get; init; } = Int("CONCORD_BENCH_SEED", 20261123);

    private static int Int(string name, int fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
