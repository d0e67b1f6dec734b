using Concord.LegalBasis.Decisions;

namespace Concord.LegalBasis.Enforcement;

/// <summary>
/// The service's current replica of the agreements. Readers take the current one without locking; whoever keeps it
/// current (the snapshot at start, the agreement events, the heartbeats) swaps in a new one.
/// </summary>
public sealed class AgreementReplicaHolder
{
    private AgreementReplica _current = AgreementReplica.Empty;

    public AgreementReplica Current => Volatile.Read(ref _current);

    public void Replace(AgreementReplica replica)
    {
        ArgumentNullException.ThrowIfNull(replica);
        Volatile.Write(ref _current, replica);
    }

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
                return changed;
            }
        }
    }
}
