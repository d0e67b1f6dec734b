using Concord.Cases.Persistence;
using Concord.LegalBasis.Retention;
using Microsoft.EntityFrameworkCore;

namespace Concord.Cases.Retention;

/// <summary>
/// Deletes the disseminations no lead took into a case before their envelope's <c>retainUntil</c>. A taken one stays
/// (it names the case and item it became), its content going with the item's purge (<see cref="ItemRetention"/>).
/// </summary>
public sealed class PendingDisseminationRetention : IRetentionPolicy<CasesDbContext>
{
    public string Name => "pending disseminations";

    public async Task<IReadOnlyList<string>> PurgeAsync(CasesDbContext db, DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var references = await db.Database.SqlQuery<string>($"""
            DELETE FROM disseminations WHERE id IN (
                SELECT id FROM disseminations WHERE taken_at IS NULL AND retain_until < {now} ORDER BY retain_until LIMIT {limit} FOR UPDATE SKIP LOCKED)
            RETURNING reference AS "Value"
            """).ToListAsync(cancellationToken);
        return [.. references.Select(reference => $"dissemination:{reference}")];
    }
}
