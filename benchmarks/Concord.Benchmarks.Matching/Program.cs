using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Concord.Benchmarks.Matching;
using Concord.Fiu.Matching;
using Concord.Fiu.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

// The FIU's incremental matching against an index of a million subjects, in a PostgreSQL database of the benchmark's
// own (created with the FIU's migrations, dropped at the end). The code measured is the intake's: SubjectIndex.IndexAsync
// (extraction, one statement to lock and look up the keys, scoring, one statement to insert identifiers and links) in
// the transaction that stored the report.
var settings = new BenchmarkSettings();
var database = $"concord_bench_matching_{Environment.ProcessId}";
var connectionString = new NpgsqlConnectionStringBuilder(settings.Server) { Database = database }.ConnectionString;
await using (var db = new FiuDbContext(new DbContextOptionsBuilder<FiuDbContext>().UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options))
{
    await db.Database.MigrateAsync();
}

await using var source = NpgsqlDataSource.Create(connectionString);
try
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Concord matching benchmark: {settings.Subjects:N0} subjects indexed, {settings.SingleReports:N0} single reports, a burst of {settings.BurstReports:N0} in batches of {settings.BatchSize} ({settings.Concurrency} at once); {Environment.ProcessorCount} cores"));
    var (loaded, _) = await IndexLoader.LoadAsync(source, settings.Subjects / SyntheticReports.SubjectsPerReport);
    var fresh = loaded;
    var random = new Random(20261123);
    var now = DateTimeOffset.UtcNow;

    // One report at a time, each in a transaction of its own, as a quiet intake takes them.
    var match = new List<double>(settings.SingleReports);
    var extract = new List<double>(settings.SingleReports);
    var commit = new List<double>(settings.SingleReports);
    var singleLinks = 0;
    await using (var connection = await source.OpenConnectionAsync())
    {
        for (var i = 0; i < settings.WarmUpReports + settings.SingleReports; i++)
        {
            var report = new ReportToIndex(Guid.NewGuid(), SyntheticReports.Bank(i + 1), SyntheticReports.Probe(i, random.Next(loaded), fresh++));
            // The in-process share of the work, on its own: what IndexAsync does again below before it reaches the database.
            var extractStarted = Stopwatch.GetTimestamp();
            IdentifierExtractor.Extract(report.Report);
            var extracted = Stopwatch.GetElapsedTime(extractStarted).TotalMilliseconds;
            await using var transaction = await connection.BeginTransactionAsync();
            await Reports.InsertAsync(connection, transaction, [report], now);
            var started = Stopwatch.GetTimestamp();
            var summary = await SubjectIndex.IndexAsync(connection, transaction, [report], now, CancellationToken.None);
            var matched = Stopwatch.GetTimestamp();
            await transaction.CommitAsync();
            if (i >= settings.WarmUpReports)
            {
                match.Add(Stopwatch.GetElapsedTime(started, matched).TotalMilliseconds);
                extract.Add(extracted);
                commit.Add(Stopwatch.GetElapsedTime(matched).TotalMilliseconds);
                singleLinks += summary.Links;
            }
        }
    }

    Console.WriteLine();
    Console.WriteLine("| one report at a time | reports | p50 ms | p99 ms | max ms | links made |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|");
    Console.WriteLine(Row("match (extract, lock + look up, score, insert; in the transaction)", match, singleLinks));
    Console.WriteLine(Row("commit (synchronous_commit on)", commit, null));
    Console.WriteLine(Row("of which in process: extracting and normalising the identifiers (no database)", extract, null));

    // The burst: intake batches, as many at once as the intake consumer runs.
    var batches = new ConcurrentQueue<List<ReportToIndex>>(Enumerable.Range(0, settings.BurstReports)
        .Select(i => new ReportToIndex(Guid.NewGuid(), SyntheticReports.Bank(i), SyntheticReports.Probe(i, random.Next(loaded), fresh++)))
        .Chunk(settings.BatchSize).Select(chunk => chunk.ToList()));
    var batchTimes = new ConcurrentBag<double>();
    var burstLinks = 0;
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var burstStarted = Stopwatch.GetTimestamp();
    await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(async _ =>
    {
        await using var connection = await source.OpenConnectionAsync();
        while (batches.TryDequeue(out var batch))
        {
            var started = Stopwatch.GetTimestamp();
            await using var transaction = await connection.BeginTransactionAsync();
            await Reports.InsertAsync(connection, transaction, batch, now);
            var summary = await SubjectIndex.IndexAsync(connection, transaction, batch, now, CancellationToken.None);
            await transaction.CommitAsync();
            batchTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            Interlocked.Add(ref burstLinks, summary.Links);
        }
    }));
    var burst = Stopwatch.GetElapsedTime(burstStarted);
    var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    Console.WriteLine();
    Console.WriteLine("| burst | reports | seconds | reports/s | batch p50 ms | batch p99 ms | links made | allocated per report |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
    var times = batchTimes.Order().ToArray();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {settings.BurstReports / settings.BatchSize} batches of {settings.BatchSize}, {settings.Concurrency} at once (store reports, match, commit) | {settings.BurstReports} | {burst.TotalSeconds:F2} | {settings.BurstReports / burst.TotalSeconds:F0} | {Percentile(times, 0.50):F1} | {Percentile(times, 0.99):F1} | {burstLinks} | {allocated / settings.BurstReports / 1024.0:F1} KB |"));

    // Memory: the benchmark process (the matching code's side) and the index in PostgreSQL.
    using var process = Process.GetCurrentProcess();
    process.Refresh();
    var gc = GC.GetGCMemoryInfo();
    await using (var connection = await source.OpenConnectionAsync())
    {
        await using var sizes = new NpgsqlCommand("""
            SELECT pg_total_relation_size('subject_identifiers'), pg_relation_size('subject_identifiers'), pg_indexes_size('subject_identifiers'),
                   pg_total_relation_size('report_links'), (SELECT count(*) FROM subject_identifiers), (SELECT count(*) FROM report_links)
            """, connection);
        await using var reader = await sizes.ExecuteReaderAsync();
        await reader.ReadAsync();
        Console.WriteLine();
        Console.WriteLine("| memory | value |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| process working set | {process.WorkingSet64 / 1048576.0:F0} MB |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| GC heap (after the burst) | {gc.HeapSizeBytes / 1048576.0:F0} MB |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| subject_identifiers: {reader.GetInt64(4):N0} rows, table + indexes | {reader.GetInt64(0) / 1048576.0:F0} MB (table {reader.GetInt64(1) / 1048576.0:F0} MB, indexes {reader.GetInt64(2) / 1048576.0:F0} MB) |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| report_links: {reader.GetInt64(5):N0} rows, table + indexes | {reader.GetInt64(3) / 1048576.0:F0} MB |"));
    }

    return 0;
}
finally
{
    if (!settings.Keep)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(settings.Server) { Database = "postgres" }.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}

static string Row(string name, List<double> values, int? links)
{
    var sorted = values.Order().ToArray();
    return string.Create(CultureInfo.InvariantCulture, $"| {name} | {sorted.Length} | {Percentile(sorted, 0.50):F3} | {Percentile(sorted, 0.99):F3} | {sorted[^1]:F3} | {links} |");
}

static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
