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
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT sequence, hash FROM audit_head WHERE id = 1", connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken) || reader.GetInt64(0) == Interlocked.Read(ref _published))
            {
                return null;
            }

            var checkpoint = new AuditCheckpointRecorded
            {
                Service = options.Value.Service,
                Sequence = reader.GetInt64(0),
                Hash = Convert.ToHexStringLower(reader.GetFieldValue<byte[]>(1)),
                RecordedAt = time.GetUtcNow(),
            };
            await bus.Publish(checkpoint, cancellationToken);
            Interlocked.Exchange(ref _published, checkpoint.Sequence);
            return checkpoint;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckpointInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await CheckpointAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogCheckpointFailed(exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Note: the service is stopping; the next start publishes the head again.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing the audit chain's checkpoint failed; it is taken again at the next interval")]
    private partial void LogCheckpointFailed(Exception exception);
}
