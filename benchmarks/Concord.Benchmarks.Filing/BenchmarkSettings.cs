namespace Concord.Benchmarks.Filing;

/// <summary>Where the running network is, and how much to file; every value can be overridden by an environment variable.</summary>
internal sealed record BenchmarkSettings
{
    public Uri Identity { get; init; } = new(Env("CONCORD_BENCH_IDENTITY", "http://127.0.0.1:5100/"));

    public Uri Gateway { get; init; } = new(Env("CONCORD_BENCH_GATEWAY", "http://127.0.0.1:5200/"));

    public Uri Broker { get; init; } = new(Env("CONCORD_BENCH_BROKER", "amqp://guest:guest@127.0.0.1:5672/"));

    public int Reports { get; init; } = int.Parse(Env("CONCORD_BENCH_REPORTS", "10000"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reports per warm-up round, filed before measuring so that the services run optimised code (0: no warm-up).</summary>
    public int WarmUpReports { get; init; } = int.Parse(Env("CONCORD_BENCH_WARMUP", "10000"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Warm-up rounds at most; they stop earlier once a round is no more than 5% faster than the one before.</summary>
    public int WarmUpMaxRounds { get; init; } = int.Parse(Env("CONCORD_BENCH_WARMUP_ROUNDS", "8"), System.Globalization.CultureInfo.InvariantCulture);

    public int BatchSize { get; init; } = int.Parse(Env("CONCORD_BENCH_BATCH", "100"), System.Globalization.CultureInfo.InvariantCulture);

    public int Concurrency { get; init; } = int.Parse(Env("CONCORD_BENCH_CONCURRENCY", "4"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The paced run's rate: half the 1,000 reports/s target.</summary>
    public int PacedRate { get; init; } = int.Parse(Env("CONCORD_BENCH_PACED_RATE", "500"), System.Globalization.CultureInfo.InvariantCulture);

    public int PacedSeconds { get; init; } = int.Parse(Env("CONCORD_BENCH_PACED_SECONDS", "10"), System.Globalization.CultureInfo.InvariantCulture);

    private static string Env(string name, string fallback) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;
}
