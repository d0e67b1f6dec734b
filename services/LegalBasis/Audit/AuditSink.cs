using Microsoft.EntityFrameworkCore;

namespace Concord.LegalBasis.Audit;

/// <summary>The audit chain in <typeparamref name="TContext"/>'s database.</summary>
public sealed class AuditSink<TContext>(TContext db) : IAuditSink
    where TContext : DbContext
{
    public async Task AppendAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AuditLog.AppendAsync(db, records, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
