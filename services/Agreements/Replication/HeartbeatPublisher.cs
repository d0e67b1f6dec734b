using Concord.Agreements.Persistence;
using Concord.Contracts.Agreements;
using Concord.LegalBasis;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Concord.Agreements.Replication;

/// <summary>
/// Publishes the current change sequence as an <see cref="AgreementsHeartbeat"/> every
/// <c>Concord:Agreements:HeartbeatInterval</c>, straight on the bus: a heartbeat that cannot be published is worth
/// nothing later, so it is not kept in the outbox; the next one says the same, newer.
/// </summary>
public sealed partial class HeartbeatPublisher(
    IServiceScopeFactory scopes, IBus bus, IOptions<AgreementsOptions> options, TimeProvider time, ILogger<HeartbeatPublisher> logger) : BackgroundService
{
    public async Task<AgreementsHeartbeat> PublishAsync(CancellationToken cancellationToken)
    {
        long sequence;
        await using (var scope = scopes.CreateAsyncScope())
        {
            sequence = await ChangeSequence.CurrentAsync(scope.ServiceProvider.GetRequiredService<AgreementsDbContext>(), cancellationToken);
        }

        var heartbeat = new AgreementsHeartbeat { Sequence = sequence, At = time.GetUtcNow() };
        // Note: a publish is abandoned on timeout, never cancelled mid-flight (which can leave the channel unusable).
        await bus.Publish(heartbeat, CancellationToken.None).WaitAsync(options.Value.HeartbeatInterval, time, cancellationToken);
        return heartbeat;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(options.Value.HeartbeatInterval, time, PublishAsync, LogHeartbeatFailed, stoppingToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing the agreements heartbeat failed; the next interval tries again")]
    private partial void LogHeartbeatFailed(Exception exception);
}
