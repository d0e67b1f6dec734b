using Concord.LegalBasis.Decisions;

namespace Concord.LegalBasis.Replication;

/// <summary>Where a complete replica comes from: the Agreements service's snapshot.</summary>
public interface IAgreementSnapshotSource
{
    /// <summary>Every agreement in force (or once in force) and every consent, as of one change sequence.</summary>
    Task<AgreementReplica> FetchAsync(CancellationToken cancellationToken);
}
