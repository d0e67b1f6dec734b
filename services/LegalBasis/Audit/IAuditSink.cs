namespace Concord.LegalBasis.Audit;

/// <summary>Appends records to the service's audit chain in a transaction of their own, for decisions that change nothing else.</summary>
public interface IAuditSink
{
    Task AppendAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken);
}
