using System.Globalization;

namespace Concord.Benchmarks.Matching;

/// <summary>What to measure, and where; every value can be overridden by an environment variable.</summary>
internal sealed record BenchmarkSettings
{
    /// <summary>The PostgreSQL server; the benchmark creates a database of its own there and drops it at the end.</summary>
    public string Server { get; init; } = Env("CONCORD_BENCH_POSTGRES", "Host=127.0.0.1;Port=5432;Username=concord;Password=concord;SSL Mode=Disable");

    /// <summary>Subjects in the index before anything is measured (four per synthetic report).</summary>
    public int Subjects { get; init; } = Int("CONCORD_BENCH_SUBJECTS", 1_000_000);

    /// <summary>Reports matched one at a time, each in its own transaction, and timed.</summary>
    public int SingleReports { get; init; } = Int("CONCORD_BENCH_SINGLE", 2_000);

    /// <summary>Reports matched one at a time first, not timed: the JIT and the caches warm up.</summary>
    public int WarmUpReports { get; init; } = Int("CONCORD_BENCH_WARMUP", 300);

    /// <summary>The burst: reports matched in intake batches.</summary>
    public int BurstReports { get; init; } = Int("CONCORD_BENCH_BURST", 10_000);

    /// <summary>Reports per batch in the burst, as the intake consumer takes them.</summary>
    public int BatchSize { get; init; } = Int("CONCORD_BENCH_BATCH", 100);

    /// <summary>Batches at once in the burst, as the intake consumer runs them.</summary>
    public int Concurrency { get; init; } = Int("CONCORD_BENCH_CONCURRENCY", 2);

    /// <summary>Keep the database afterwards (to look at it); dropped by default.</summary>
    public bool Keep { get; init; } = Env("CONCORD_BENCH_KEEP", "0") == "1";

    private static int Int(string name, int fallback) => int.Parse(Env(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    private static string Env(string name, string fallback) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;
}
