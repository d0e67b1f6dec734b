using Concord.Fiu.Persistence;
using Concord.LegalBasis.Reading;
using Microsoft.EntityFrameworkCore;

namespace Concord.Fiu.Screening;

/// <summary>
/// Reads of screening for analysts: a report's hits only through the read filter (the report found, and its read
/// audited, as every analyst read of a report is), and the typologies the FIU screens with now.
/// </summary>
internal sealed class ScreeningQueries(FiuDbContext db, ReportQueries reports)
{
    /// <summary>A report's hits, oldest typology code first; null when there is no report the reader may see.</summary>
    public async Task<ReportTypologyHits?> HitsAsync(Reader reader, string reference, CancellationToken cancellationToken)
    {
        var report = await reports.FindAsync(reader, reference, cancellationToken);
        if (report is null)
        {
            return null;
        }

        var hits = await HitsOfAsync([report.Id], cancellationToken);
        return new ReportTypologyHits(report.ConcordReference, report.FiuReference, hits.GetValueOrDefault(report.Id, []));
    }

    /// <summary>The hits of reports the caller has already read through the read filter, by report.</summary>
    public async Task<Dictionary<Guid, IReadOnlyList<TypologyHitView>>> HitsOfAsync(IReadOnlyCollection<Guid> reportIds, CancellationToken cancellationToken)
    {
        if (reportIds.Count == 0)
        {
            return [];
        }

        var ids = reportIds.ToArray();
        var hits = await db.TypologyHits.AsNoTracking()
            .Where(h => ids.Contains(h.ReportId))
            .OrderBy(h => h.Code).ThenBy(h => h.IndicatorCode)
            .ToListAsync(cancellationToken);
        return hits.GroupBy(h => h.ReportId).ToDictionary(g => g.Key, g => (IReadOnlyList<TypologyHitView>)[.. g.Select(TypologyHitView.From)]);
    }

    /// <summary>The typologies the FIU screens with now (withdrawn ones are not), by code.</summary>
    public async Task<IReadOnlyList<ScreeningTypologyView>> TypologiesAsync(CancellationToken cancellationToken)
    {
        var rows = await db.ScreeningTypologies.AsNoTracking().Where(t => !t.Withdrawn).OrderBy(t => t.Code).ToListAsync(cancellationToken);
        return [.. rows.Select(ScreeningTypologyView.From)];
    }
}
