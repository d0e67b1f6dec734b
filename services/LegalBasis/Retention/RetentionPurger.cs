using Concord.LegalBasis.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Concord.LegalBasis.Retention;

/// <summary>
/// Purges, on a schedule, every item whose retention has ended, under each registered policy: a batch per
/// transaction, each purged item recorded in the audit chain in the same transaction as its deletion.
/// </summary>
public sealed partial class RetentionPurger<TContext>(
    IServiceScopeFactory scopes,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<RetentionPurger<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    /// <summary>Runs every policy until nothing more is due; returns how many items each purged.</summary>
    public async Task<IReadOnlyDictionary<string, int>> PurgeDueAsync(CancellationToken cancellationToken)
    {
        var purged = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var scope = scopes.CreateAsyncScope();
        var policies = scope.ServiceProvider.GetServices<IRetentionPolicy<TContext>>();
        foreach (var policy in policies)
        {
            var count = 0;
            while (true)
            {
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var now = time.GetUtcNow();
                var subjects = await policy.PurgeAsync(db, now, options.Value.BatchSize, cancellationToken);
                if (subjects.Count > 0)
                {
                    await AuditLog.AppendAsync(db, [.. subjects.Select(subject => Record(policy.Name, subject, now))], cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                count += subjects.Count;
                if (subjects.Count < options.Value.BatchSize)
                {
                    break;
                }
            }

            purged[policy.Name] = count;
            if (count > 0)
            {
                LogPurged(count, policy.Name);
            }
        }

        return purged;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(options.Value.Interval, time, PurgeDueAsync, LogPurgeFailed, stoppingToken);

    private static AuditRecord Record(string what, string subject, DateTimeOffset now) => new()
    {
        Kind = AuditKind.Purge,
        Actor = "retention",
        Action = $"purge {what}",
        Subject = subject,
        Outcome = AuditOutcome.Performed,
        RecordedAt = now,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} {What} whose retention had ended")]
    private partial void LogPurged(int count, string what);

    [LoggerMessage(Level = LogLevel.Error, Message = "Purging data whose retention ended failed; it is tried again at the next interval")]
    private partial void LogPurgeFailed(Exception exception);
}
