using System.Diagnostics;
using System.Globalization;
using Concord.LegalBasis.Audit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Concord.Benchmarks.LegalBasis;

/// <summary>
/// The audit chain on the real PostgreSQL: durable appends (each batch its own committed transaction, synchronous
/// commit on), by one writer and by several at once, then verification of a chain of a million entries. Works in a
/// database of its own, dropped at the end.
/// </summary>
internal static class AuditChainBenchmark
{
    private const int BatchSize = 500;
    private const int AppendEntries = 100_000;
    private const int VerifyEntries = 1_000_000;

    public static async Task<int> RunAsync()
    {
        var server = Environment.GetEnvironmentVariable("CONCORD_BENCH_POSTGRES") is { Length: > 0 } configured ? configured
            : "Host=127.0.0.1;Port=5432;Username=concord;Password=concord;SSL Mode=Disable";
        var name = $"concord_bench_audit_{Environment.ProcessId}";
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        await using (var context = new BenchContext(connectionString))
        {
            await context.Database.EnsureCreatedAsync();
            await context.Database.ExecuteSqlRawAsync(AuditChainSql.AppendOnly);
        }

        try
        {
            Console.WriteLine("| audit chain | entries | seconds | entries/s |");
            Console.WriteLine("|---|---:|---:|---:|");
            await AppendAsync(connectionString, "append, 1 writer, batches of 500", AppendEntries, writers: 1);
            await AppendAsync(connectionString, "append, 4 writers at once, batches of 500", AppendEntries, writers: 4);

            var present = 2 * AppendEntries;
            await AppendAsync(connectionString, null, VerifyEntries - present, writers: 1, batchSize: 5_000);

            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            var started = Stopwatch.GetTimestamp();
            var verification = await AuditVerifier.VerifyAsync(connection, [], CancellationToken.None);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
            if (!verification.IsIntact || verification.EntriesChecked != VerifyEntries)
            {
                Console.Error.WriteLine($"verification found {verification.EntriesChecked} entries, intact: {verification.IsIntact} ({verification.Problem})");
                return 1;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| verify the whole chain | {verification.EntriesChecked} | {elapsed:F2} | {verification.EntriesChecked / elapsed:F0} |"));
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Appends <paramref name="entries"/> in committed batches; prints a row unless <paramref name="label"/> is null (filling only).</summary>
    private static async Task AppendAsync(string connectionString, string? label, int entries, int writers, int batchSize = BatchSize)
    {
        var batches = entries / batchSize;
        var next = 0;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(async writer =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            while (Interlocked.Increment(ref next) <= batches)
            {
                var records = Enumerable.Range(0, batchSize).Select(i => Record(writer, i)).ToList();
                await using var transaction = await connection.BeginTransactionAsync();
                await AuditLog.AppendAsync(connection, transaction, records, CancellationToken.None);
                await transaction.CommitAsync();
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        if (label is not null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {batches * batchSize} | {elapsed:F2} | {batches * batchSize / elapsed:F0} |"));
        }
    }

    private static AuditRecord Record(int writer, int i) => new()
    {
        Kind = AuditKind.Decision,
        Actor = $"bank-{writer}/bank-{writer}-filing",
        Action = "share SuspiciousActivityReported",
        Subject = $"report:CR-2026-{i:D10}",
        Outcome = i % 10 == 0 ? AuditOutcome.Denied : AuditOutcome.Permitted,
        AgreementId = Guid.Parse("0b6f3a52-2f0e-4d1c-9a55-6f1f7d0a0001"),
        AgreementVersion = 3,
        Reasons = i % 10 == 0 ? "purpose-not-covered" : "",
        RecordedAt = DateTimeOffset.UtcNow,
    };

    private sealed class BenchContext(string connectionString) : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseNpgsql(connectionString);

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddAuditChain();
    }
}
