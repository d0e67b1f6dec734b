using System.Diagnostics;
using System.Globalization;
using Concord.Benchmarks.Screening;
using Concord.Fiu.Screening;
using Concord.Screening;

// Screening throughput: the FIU's intake code (ScreeningSet.Screen, every rule of every current typology against one
// report) over a stream of synthetic reports, in process. The rules are compiled once, as the FIU's cache does.
var settings = new BenchmarkSettings();
var random = new Random(settings.Seed);
var invariant = CultureInfo.InvariantCulture;

var compileStarted = Stopwatch.GetTimestamp();
var typologies = new List<ScreenedTypology>();
var indicators = SyntheticTypologies.Create(settings.Typologies, random);
for (var t = 0; t < indicators.Count; t++)
{
    var compiled = new List<ScreeningIndicator>();
    foreach (var indicator in indicators[t])
    {
        var parsed = ScreeningRule.Parse(indicator.Rule!);
        if (parsed.Rule is null)
        {
            Console.Error.WriteLine($"A synthetic rule does not compile: {indicator.Rule}: {parsed.Errors[0].Code} {parsed.Errors[0].Message}");
            return 1;
        }

        compiled.Add(new ScreeningIndicator(indicator.Code, parsed.Rule));
    }

    typologies.Add(new ScreenedTypology(Guid.NewGuid(), $"T-2026-{t + 1:000}", 1, DateTimeOffset.UnixEpoch, compiled));
}

var compileTime = Stopwatch.GetElapsedTime(compileStarted);
var rules = typologies.Sum(t => t.Indicators.Count);
var set = new ScreeningSet(1, typologies);
var reports = Enumerable.Range(0, settings.DistinctReports).Select(i => SyntheticReports.Create(i, random)).ToArray();
Console.WriteLine(string.Create(invariant,
    $"Concord screening benchmark: {settings.Typologies} typologies, {rules} rules (compiled in {compileTime.TotalMilliseconds:0} ms), {settings.Reports:N0} reports screened ({settings.DistinctReports:N0} distinct: {reports.Average(r => r.Subjects.Count):0.0} subjects, {reports.Average(r => r.Transactions.Count):0.0} transactions on average); {Environment.ProcessorCount} cores"));

for (var i = 0; i < settings.WarmUpReports; i++)
{
    set.Screen(reports[i % reports.Length]);
}

// One report after another on one thread, as one intake batch screens its reports.
var times = new double[settings.Reports];
var sizes = new int[settings.Reports];
long hits = 0;
var collections = GC.CollectionCount(0);
var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
var started = Stopwatch.GetTimestamp();
for (var i = 0; i < settings.Reports; i++)
{
    var report = reports[i % reports.Length];
    var reportStarted = Stopwatch.GetTimestamp();
    hits += set.Screen(report).Count;
    times[i] = Stopwatch.GetElapsedTime(reportStarted).TotalMilliseconds;
    sizes[i] = report.Transactions.Count;
}

var elapsed = Stopwatch.GetElapsedTime(started);
var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
collections = GC.CollectionCount(0) - collections;

// Every core at once, as several intake batches and replicas would.
var parallelStarted = Stopwatch.GetTimestamp();
Parallel.For(0, settings.Reports, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => set.Screen(reports[i % reports.Length]));
var parallelElapsed = Stopwatch.GetElapsedTime(parallelStarted);

Console.WriteLine();
Console.WriteLine("| screening one report against every rule | reports | reports/s | p50 ms | p99 ms | max ms |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
Console.WriteLine(Row("all reports (1–200 transactions), one thread", times));
Console.WriteLine(Row("reports with 150–200 transactions, one thread", [.. times.Where((_, i) => sizes[i] >= 150)]));
Console.WriteLine(string.Create(invariant,
    $"| all reports, {Environment.ProcessorCount} threads | {settings.Reports:N0} | {settings.Reports / parallelElapsed.TotalSeconds:N0} | | | |"));
Console.WriteLine();
Console.WriteLine(string.Create(invariant,
    $"Throughput on one thread: {settings.Reports / elapsed.TotalSeconds:N0} reports/s; {hits / (double)settings.Reports:0.00} hits per report; allocated {allocated / (double)settings.Reports:N0} bytes per report ({collections} gen-0 collections)."));

// The costliest rules, each on its own over the distinct reports: where the time per report goes.
var costs = typologies.SelectMany(t => t.Indicators).Select(indicator =>
{
    var ruleAllocated = GC.GetAllocatedBytesForCurrentThread();
    var ruleStarted = Stopwatch.GetTimestamp();
    foreach (var report in reports)
    {
        indicator.Rule.Matches(report);
    }

    var microseconds = Stopwatch.GetElapsedTime(ruleStarted).TotalMicroseconds / reports.Length;
    return (indicator.Rule.Source, Microseconds: microseconds, Bytes: (GC.GetAllocatedBytesForCurrentThread() - ruleAllocated) / (double)reports.Length);
}).OrderByDescending(c => c.Microseconds).ToList();
Console.WriteLine();
Console.WriteLine("| costliest rules (each alone, mean over the distinct reports) | µs per report | bytes per report |");
Console.WriteLine("|---|---:|---:|");
foreach (var (source, microseconds, bytes) in costs.Take(5))
{
    Console.WriteLine(string.Create(invariant, $"| `{source}` | {microseconds:0.0} | {bytes:0} |"));
}

Console.WriteLine(string.Create(invariant, $"| all {costs.Count} rules | {costs.Sum(c => c.Microseconds):0.0} | {costs.Sum(c => c.Bytes):0} |"));
return 0;

string Row(string label, double[] measured)
{
    var values = measured.Order().ToArray();
    var count = values.Length;
    return string.Create(invariant,
        $"| {label} | {count:N0} | {count / (values.Sum() / 1000):N0} | {Percentile(values, 0.50):0.000} | {Percentile(values, 0.99):0.000} | {values[^1]:0.000} |");
}

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
