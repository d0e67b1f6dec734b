using Concord.Cases.Domain;
using Concord.Cases.Persistence;
using Concord.Cases.Workflow;
using Concord.LegalBasis.Retention;
using Microsoft.EntityFrameworkCore;

namespace Concord.Cases.Retention;

/// <summary>
/// Purges the items whose retention ended: the decider records <see cref="ItemPurged"/> in the case (as the retention
/// job), then the item's title, text and documents are scrubbed from its <c>ItemAdded</c> event (the one change the
/// append-only trigger allows, see <see cref="CaseEventsSql.PurgeScrub"/>), its produced documents deleted, and the copy
/// of a taken dissemination's title and analysis note emptied — all in the retention job's transaction.
/// </summary>
public sealed partial class ItemRetention(CaseDesk desk, ILogger<ItemRetention> logger) : IRetentionPolicy<CasesDbContext>
{
    public string Name => "case items";

    public async Task<IReadOnlyList<string>> PurgeAsync(CasesDbContext db, DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Note: rows another purger holds are skipped; it purges them.
        var due = await db.Items
            .FromSql($"SELECT * FROM case_items WHERE purged_at IS NULL AND retain_until < {now} ORDER BY retain_until LIMIT {limit} FOR UPDATE SKIP LOCKED")
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var purged = new List<string>(due.Count);
        foreach (var item in due)
        {
            // Note: the case row locked first, so a member's command racing the purge loses (409) instead of the purge.
            await db.Database.ExecuteSqlAsync($"SELECT id FROM cases WHERE id = {item.CaseId} FOR UPDATE", cancellationToken);
            var events = await desk.EventsAsync(item.CaseId, cancellationToken);
            var state = CaseDecider.Fold(events.Select(e => CaseEventJson.Deserialize(e.Payload)));
            var result = await desk.ExecuteAsync(state, [new PurgeItem { ItemId = item.ItemId }], CaseRetention.Actor, now, cancellationToken);
            if (result.Rejection is { } refused)
            {
                LogNotPurged(item.ItemId, item.CaseId, refused.Code);
                continue;
            }

            var itemId = item.ItemId.ToString();
            await db.Database.ExecuteSqlAsync($"SELECT set_config('concord.purging_item', {itemId}, true)", cancellationToken);
            await db.Database.ExecuteSqlAsync(
                $"UPDATE case_events SET payload = case_events_scrubbed(payload) WHERE case_id = {item.CaseId} AND type = 'ItemAdded' AND payload->'item'->>'itemId' = {itemId}",
                cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT set_config('concord.purging_item', '', true)", cancellationToken);
            await db.Database.ExecuteSqlAsync($"DELETE FROM produced_documents WHERE item_id = {item.ItemId}", cancellationToken);
            await db.Database.ExecuteSqlAsync(
                $"UPDATE disseminations SET title = '', analysis_note = '' WHERE taken_as_item_id = {item.ItemId}", cancellationToken);
            purged.Add($"item:{item.ItemId}");
        }

        return purged;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Item {ItemId} of case {CaseId} is due but was not purged: {Code}")]
    private partial void LogNotPurged(Guid itemId, Guid caseId, string code);
}
