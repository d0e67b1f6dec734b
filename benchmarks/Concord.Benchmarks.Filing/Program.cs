using System.Diagnostics;
using System.Globalization;
using Concord.Benchmarks.Filing;

// Files reports through the running network (deploy/local/bench.sh starts it) and prints throughput and latency
// from submission to the FIU's decision, then a bare MassTransit loop of the same message on the same broker.
var settings = new BenchmarkSettings();
var runId = DateTime.UtcNow.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture);
await using var listener = await AcknowledgementListener.StartAsync(settings.Broker);
var filer = await GatewayFiler.CreateAsync(settings, runId);

Console.WriteLine($"Concord filing benchmark: {settings.Reports:N0} reports in batches of {settings.BatchSize}, {settings.Concurrency} concurrent requests; {Environment.ProcessorCount} cores");
// Warm-up: the services have just started; their code runs unoptimised until the JIT has recompiled the hot paths
// (tiered compilation, then again with the profile it gathered), and connection pools are empty. A long-running
// service is measured, not a cold one: rounds are filed until one is no more than 5% faster than the one before.
double? previousRound = null;
for (var round = 1; round <= settings.WarmUpMaxRounds && settings.WarmUpReports > 0; round++)
{
    var warmUp = new List<(string Reference, long SentAt)>();
    var warmUpStarted = Stopwatch.GetTimestamp();
    for (var filed = 0; filed < settings.WarmUpReports; filed += settings.BatchSize * settings.Concurrency)
    {
        var batches = await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(_ => filer.FileBatchAsync(settings.BatchSize)));
        warmUp.AddRange(batches.SelectMany(batch => batch));
    }

    var result = await MeasureAsync($"warm-up round {round} (not counted)", warmUp, warmUpStarted);
    if (previousRound is { } previous && result.Throughput <= previous * 1.05)
    {
        break;
    }

    previousRound = result.Throughput;
}

// Saturation: as fast as the gateway takes them.
var bodies = new System.Collections.Concurrent.ConcurrentQueue<byte[]>(Enumerable.Range(0, (settings.Reports + settings.BatchSize - 1) / settings.BatchSize)
    .Select(i => filer.PrepareBatch(Math.Min(settings.BatchSize, settings.Reports - (i * settings.BatchSize)))));
var started = Stopwatch.GetTimestamp();
var sent = new List<(string Reference, long SentAt)>(settings.Reports);
await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(async _ =>
{
    while (bodies.TryDequeue(out var body))
    {
        var batch = await filer.FileBatchAsync(body);
        lock (sent)
        {
            sent.AddRange(batch);
        }
    }
}));
var submitted = Stopwatch.GetElapsedTime(started);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  the gateway took all {sent.Count:N0} in {submitted.TotalSeconds:F1} s ({sent.Count / submitted.TotalSeconds:F0} reports/s accepted)"));
var saturation = await MeasureAsync("saturation", sent, started);

// Paced: half the target rate, to read latency under a load the pipeline sustains.
var paced = new List<(string Reference, long SentAt)>();
var perTick = Math.Max(1, settings.PacedRate / 10);
var pacedBodies = new Queue<byte[]>(Enumerable.Range(0, settings.PacedSeconds * 10).Select(_ => filer.PrepareBatch(perTick)));
var pacedStarted = Stopwatch.GetTimestamp();
var inFlight = new List<Task>();
using (var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100)))
{
    for (var tick = 0; tick < settings.PacedSeconds * 10; tick++)
    {
        var body = pacedBodies.Dequeue();
        inFlight.Add(Task.Run(async () =>
        {
            var batch = await filer.FileBatchAsync(body);
            lock (paced)
            {
                paced.AddRange(batch);
            }
        }));
        await timer.WaitForNextTickAsync();
    }
}

await Task.WhenAll(inFlight);
var pacedResult = await MeasureAsync($"paced at {settings.PacedRate}/s", paced, pacedStarted);

var bare = await BareBusLoop.MeasureAsync(settings.Broker, settings.Reports, concurrency: 64, durable: true);
var transient = await BareBusLoop.MeasureAsync(settings.Broker, settings.Reports, concurrency: 64, durable: false);
Console.WriteLine();
Console.WriteLine("| run | reports | reports/s (submission → FIU decision) | p50 ms | p99 ms |");
Console.WriteLine("|---|---:|---:|---:|---:|");
Console.WriteLine(saturation.Row);
Console.WriteLine(pacedResult.Row);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| bare MassTransit send/consume, same message, quorum queue | {settings.Reports} | {bare:F0} | | |"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| bare MassTransit send/consume, same message, transient queue | {settings.Reports} | {transient:F0} | | |"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio pipeline / bare loop: {saturation.Throughput / bare:F2} (quorum queue), {saturation.Throughput / transient:F2} (transient queue)"));
return 0;

async Task<RunResult> MeasureAsync(string name, IReadOnlyList<(string Reference, long SentAt)> filed, long runStarted)
{
    var deadline = Stopwatch.GetTimestamp() + (Stopwatch.Frequency * 300);
    while (filed.Any(f => !listener.TryGet(f.Reference, out _)))
    {
        if (Stopwatch.GetTimestamp() > deadline)
        {
            throw new TimeoutException($"{name}: {filed.Count(f => !listener.TryGet(f.Reference, out _))} of {filed.Count} reports were not decided within 300 s.");
        }

        await Task.Delay(20);
    }

    var latencies = filed.Select(f =>
    {
        listener.TryGet(f.Reference, out var decided);
        return Stopwatch.GetElapsedTime(f.SentAt, decided).TotalMilliseconds;
    }).Order().ToArray();
    var last = filed.Max(f =>
    {
        listener.TryGet(f.Reference, out var decided);
        return decided;
    });
    var throughput = filed.Count / Stopwatch.GetElapsedTime(runStarted, last).TotalSeconds;
    var result = new RunResult(name, filed.Count, throughput, Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    Console.WriteLine(result.Row);
    return result;
}

static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
