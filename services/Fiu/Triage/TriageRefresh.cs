using System.Text.Json;
using Concord.Fiu.Domain;
using Concord.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Concord.Fiu.Triage;

/// <summary>
/// Keeps the <see cref="TriageFactorCodes.MultipleBanks"/> factor true as links arrive: after a batch is matched, in
/// the intake transaction, every report of the batch and every earlier report it linked to is scored again on how many
/// banks reported a subject it shares within the window. Only that factor changes; the others are the report's own.
/// </summary>
internal static class TriageRefresh
{
    /// <param name="readable">The agreements under which the FIU may read reports now: only their reports are counted, so a
    /// score never counts a report the FIU may not see.</param>
    public static async Task<int> ApplyAsync(
        DbContext db, IReadOnlyCollection<Guid> matched, IEnumerable<Guid> readable, TriageRules rules, CancellationToken cancellationToken)
    {
        if (matched.Count == 0)
        {
            return 0;
        }

        var ids = matched.ToArray();
        var agreements = readable.ToArray();
        var window = rules.MultiBankWindow.TotalSeconds;
        // Note: links are stored once, newer to earlier; both directions count. A report's own bank is not "another bank".
        var rows = await db.Database.SqlQuery<BankCount>(
            $"""
            WITH touched AS (
                SELECT id FROM unnest({ids}) AS id
                UNION
                SELECT linked_report_id FROM report_links WHERE report_id = ANY({ids})
            )
            SELECT r.id, r.triage_factors::text AS factors,
                   (SELECT count(DISTINCT o.bank_organisation_id)
                    FROM report_links l
                    JOIN received_reports o ON o.id = CASE WHEN l.report_id = r.id THEN l.linked_report_id ELSE l.report_id END
                    WHERE (l.report_id = r.id OR l.linked_report_id = r.id)
                      AND o.bank_organisation_id <> r.bank_organisation_id
                      AND o.agreement_id = ANY({agreements})
                      AND abs(extract(epoch FROM o.filed_at - r.filed_at)) <= {window})::int AS other_banks
            FROM touched t JOIN received_reports r ON r.id = t.id
            WHERE r.status = {nameof(ReceivedReportStatus.Acknowledged)}
            """).ToListAsync(cancellationToken);

        // Note: only rows whose factors change are written; factors are records, so a list compares by value.
        var changed = rows
            .Select(row => (row.Id, row.OtherBanks, Before: Factors(row.Factors)))
            .Select(x => (x.Id, x.Before, After: TriageScorer.WithBanks(x.Before, x.OtherBanks + 1, rules)))
            .Where(x => !x.Before.SequenceEqual(x.After.Factors))
            .Select(x => (x.Id, x.After.Score, Json: JsonSerializer.Serialize(x.After.Factors, ContractJson.Options)))
            .ToList();
        if (changed.Count == 0)
        {
            return 0;
        }

        var changedIds = changed.Select(c => c.Id).ToArray();
        var scores = changed.Select(c => c.Score).ToArray();
        var factors = changed.Select(c => c.Json).ToArray();
        return await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE received_reports AS r SET triage_score = c.score, triage_factors = c.factors::jsonb
            FROM unnest({changedIds}, {scores}, {factors}) AS c(id, score, factors)
            WHERE r.id = c.id
            """, cancellationToken);
    }

    private static List<TriageFactor> Factors(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<TriageFactor>>(json, ContractJson.Options) ?? [];

    private sealed record BankCount(Guid Id, string? Factors, int OtherBanks);
}
