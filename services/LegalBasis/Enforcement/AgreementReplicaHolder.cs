using Concord.LegalBasis.Decisions;

namespace Concord.LegalBasis.Enforcement;

/// <summary>
/// The service's current replica of the agreements. Readers take the current one without locking; whoever keeps it
/// current (the snapshot at start, the agreement events, the heartbeats) swaps in a new one.
/// </summary>
public sealed class AgreementReplicaHolder
{
    private AgreementReplica _current = AgreementReplica.Empty;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public AgreementReplica Current => Volatile.Read(ref _current);

    public void Replace(AgreementReplica replica)
    {
        ArgumentNullException.ThrowIfNull(replica);
        Volatile.Write(ref _current, replica);
        Changed();
    }

    /// <summary>
    /// Returns once the replica is no older than <paramref name="maxStaleness"/> at <paramref name="time"/>'s clock:
    /// at once when it is, else when a snapshot or heartbeat makes it so.
    /// </summary>
    public async Task WhenCurrentAsync(TimeSpan maxStaleness, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        while (time.GetUtcNow() - Current.CurrentAsOf > maxStaleness)
        {
            var changed = Volatile.Read(ref _changed).Task;
            // Note: checked again after taking the signal, so a change between the two is not missed.
            if (time.GetUtcNow() - Current.CurrentAsOf <= maxStaleness)
            {
                return;
            }

            await changed.WaitAsync(TimeSpan.FromSeconds(1), time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private void Changed() => Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Applies <paramref name="change"/> to the current replica, again if another change got in first.</summary>
    public AgreementReplica Update(Func<AgreementReplica, AgreementReplica> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        while (true)
        {
            var current = Current;
            var changed = change(current);
            if (ReferenceEquals(Interlocked.CompareExchange(ref _current, changed, current), current))
            {
                Changed();
                return changed;
            }
        }
    }
}
