using Concord.Contracts.Agreements;
using Concord.LegalBasis.Enforcement;
using MassTransit;

namespace Concord.LegalBasis.Replication;

/// <summary>
/// Applies an agreement change to the replica at once. The replica's change sequence only moves on when no change
/// was missed in between; a gap asks for the whole snapshot. Events never make the replica count as more current:
/// only snapshots and heartbeats do.
/// </summary>
public sealed class AgreementChangedConsumer(AgreementReplicator replicator) : IConsumer<AgreementChanged>
{
    public Task Consume(ConsumeContext<AgreementChanged> context)
    {
        var change = context.Message;
        replicator.Apply(change.Sequence, (replica, sequence) => replica.With(change.Terms, DateTimeOffset.MinValue, sequence));
        return Task.CompletedTask;
    }
}

/// <summary>Applies a consent granted or withdrawn, as <see cref="AgreementChangedConsumer"/> does for agreements.</summary>
public sealed class OnwardSharingConsentChangedConsumer(AgreementReplicator replicator) : IConsumer<OnwardSharingConsentChanged>
{
    public Task Consume(ConsumeContext<OnwardSharingConsentChanged> context)
    {
        var change = context.Message;
        replicator.Apply(change.Sequence, (replica, sequence) => replica.With(change.Consent, DateTimeOffset.MinValue, sequence));
        return Task.CompletedTask;
    }
}

/// <summary>
/// A heartbeat confirms a replica that holds every change up to the heartbeat's; one that does not fetches the
/// snapshot. The confirmation is never later than this service's own clock.
/// </summary>
public sealed class AgreementsHeartbeatConsumer(AgreementReplicaHolder holder, AgreementReplicator replicator, TimeProvider time) : IConsumer<AgreementsHeartbeat>
{
    public Task Consume(ConsumeContext<AgreementsHeartbeat> context)
    {
        var heartbeat = context.Message;
        var now = time.GetUtcNow();
        var at = heartbeat.At < now ? heartbeat.At : now;
        var behind = false;
        holder.Update(replica =>
        {
            behind = !replicator.HasSnapshot || heartbeat.Sequence > replica.Sequence;
            return behind ? replica : replica.ConfirmedAt(at);
        });
        if (behind)
        {
            replicator.RequestResync();
        }

        return Task.CompletedTask;
    }
}
