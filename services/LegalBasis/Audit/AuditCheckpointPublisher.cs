using Concord.Contracts.Audit;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Concord.LegalBasis.Audit;

/// <summary>
/// Publishes the service's audit chain head as an <see cref="AuditCheckpointRecorded"/> whenever it has moved since the
/// last one, on a schedule. A checkpoint that cannot be published (broker down) is simply taken again next time: the
/// head only moves forward, so nothing is lost by waiting.
/// </summary>
public sealed partial class AuditCheckpointPublisher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    IOptions<AuditCheckpointOptions> options,
    TimeProvider time,
    ILogger<AuditCheckpointPublisher<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private long _published = -1;

    /// <summary>Publishes the head if it moved since the last checkpoint; returns the checkpoint, or null when it had not.</summary>
    public async Task<AuditCheckpointRecorded?> CheckpointAsync(CancellationToken cancellationToken)
    {
        var head = await ReadHeadAsync(cancellationToken);
        if (head is null || head.Value.Sequence == Interlocked.Read(ref _published))
        {
            return null;
        }

        var checkpoint = new AuditCheckpointRecorded
        {
            Service = options.Value.Service,
            Sequence = head.Value.Sequence,
            Hash = Convert.ToHexStringLower(head.Value.Hash),
            RecordedAt = time.GetUtcNow(),
        };
        await bus.Publish(checkpoint, cancellationToken);
        Interlocked.Exchange(ref _published, checkpoint.Sequence);
        return checkpoint;
    }

    /// <summary>Reads the head and gives the connection back before publishing, which can wait on the broker.</summary>
    private async Task<(long Sequence, byte[] Hash)?> ReadHeadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await AuditHeadRow.ReadAsync((NpgsqlConnection)db.Database.GetDbConnection(), transaction: null, forUpdate: false, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(options.Value.CheckpointInterval, time, CheckpointAsync, LogCheckpointFailed, stoppingToken, runAtStart: false);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing the audit chain's checkpoint failed; it is taken again at the next interval")]
    private partial void LogCheckpointFailed(Exception exception);
}
