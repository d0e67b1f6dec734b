using System.Globalization;
using Concord.Typology.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concord.Typology.Statistics;

/// <summary>
/// The figures per typology and version, drawn from the distributions and the screening facts the FIU service sends
/// (<c>ReportScreened</c>, <c>ReportDecisionRecorded</c>): recipients, acknowledgements, citations, rule hits and
/// disseminations — per bank and per period; and the export of every typology's figures.
/// </summary>
public sealed class StatisticsQueries(TypologyDbContext db, IOptions<TypologyOptions> options, TimeProvider time)
{
    public const string Disseminate = "Disseminate";

    /// <summary>The typology's figures; null when no typology has the code.</summary>
    public async Task<TypologyStatistics?> ForTypologyAsync(string code, StatisticsPeriod period, CancellationToken cancellationToken)
    {
        if (!await db.Typologies.AnyAsync(t => t.Code == code, cancellationToken))
        {
            return null;
        }

        var facts = await FactsAsync([code], cancellationToken);
        var versions = facts.Versions.Select(v => Figures(facts, v.Code, v.Version, v.PublishedAt)).ToList();
        var byBank = facts.Versions.SelectMany(v =>
        {
            var copies = facts.Copies.Where(c => c.Version == v.Version).ToList();
            var reports = facts.Reports.Where(r => r.Version == v.Version).ToList();
            return copies.Select(c => c.Recipient).Union(reports.Select(r => r.Bank)).Order(StringComparer.Ordinal).Select(bank =>
            {
                var ofBank = reports.Where(r => r.Bank == bank).ToList();
                return new BankFigures(bank, v.Version,
                    copies.Any(c => c.Recipient == bank),
                    copies.Any(c => c.Recipient == bank && c.AcknowledgedAt is not null),
                    Distinct(ofBank, cited: true), Distinct(ofBank, cited: false), Disseminated(facts, ofBank));
            });
        }).ToList();
        var byPeriod = facts.Versions.SelectMany(v =>
        {
            var acknowledgements = facts.Copies.Where(c => c.Version == v.Version && c.AcknowledgedAt is not null).GroupBy(c => Period(c.AcknowledgedAt!.Value, period))
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var reports = facts.Reports.Where(r => r.Version == v.Version).GroupBy(r => Period(r.ReceivedAt, period)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            return acknowledgements.Keys.Union(reports.Keys).Order(StringComparer.Ordinal).Select(key =>
            {
                var inPeriod = reports.GetValueOrDefault(key) ?? [];
                return new PeriodFigures(key, v.Version, acknowledgements.GetValueOrDefault(key), Distinct(inPeriod, cited: true), Distinct(inPeriod, cited: false), Disseminated(facts, inPeriod));
            });
        }).ToList();
        return new TypologyStatistics(code, period.ToString().ToLowerInvariant(), versions, byBank, byPeriod);
    }

    /// <summary>Every version of every typology, by code and version.</summary>
    public async Task<StatisticsExport> ExportAsync(CancellationToken cancellationToken)
    {
        var codes = await db.Typologies.Select(t => t.Code).ToListAsync(cancellationToken);
        var withdrawn = await db.Typologies.Where(t => t.WithdrawnAt != null).Select(t => t.Code).ToListAsync(cancellationToken);
        var facts = await FactsAsync(codes, cancellationToken);
        var rows = facts.Versions.OrderBy(v => v.Code, StringComparer.Ordinal).ThenBy(v => v.Version).Select(v =>
        {
            var figures = Figures(facts, v.Code, v.Version, v.PublishedAt);
            return new ExportRow(v.Code, v.Version, v.Title, v.CrimeArea, v.Marking, v.PublishedAt, withdrawn.Contains(v.Code),
                figures.Recipients, figures.Acknowledgements, figures.Citations, figures.RuleHits, figures.Disseminations);
        }).ToList();
        return new StatisticsExport(options.Value.OrganisationId, time.GetUtcNow(), rows);
    }

    private static VersionFigures Figures(Facts facts, string code, int version, DateTimeOffset publishedAt)
    {
        var copies = facts.Copies.Where(c => c.Code == code && c.Version == version).ToList();
        var reports = facts.Reports.Where(r => r.Code == code && r.Version == version).ToList();
        var indicators = reports.Where(r => r.Indicator is not null).GroupBy(r => r.Indicator!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new IndicatorHits(g.Key, g.Select(r => r.ReportId).Distinct().Count())).ToList();
        return new VersionFigures(version, publishedAt, copies.Count, copies.Count(c => c.AcknowledgedAt is not null),
            Distinct(reports, cited: true), Distinct(reports, cited: false), Disseminated(facts, reports), indicators);
    }

    private static int Distinct(IEnumerable<ReportFact> reports, bool cited) =>
        reports.Where(r => (r.Indicator is null) == cited).Select(r => r.ReportId).Distinct().Count();

    private static int Disseminated(Facts facts, IEnumerable<ReportFact> reports) =>
        reports.Select(r => r.ReportId).Distinct().Count(id => facts.Decisions.TryGetValue(id, out var decision) && decision == Disseminate);

    /// <summary>ISO weeks (2026-W14) or calendar months (2026-04), in UTC.</summary>
    private static string Period(DateTimeOffset at, StatisticsPeriod period)
    {
        var utc = at.UtcDateTime;
        return period == StatisticsPeriod.Week
            ? string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(utc)}-W{ISOWeek.GetWeekOfYear(utc):00}")
            : utc.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }

    private async Task<Facts> FactsAsync(IReadOnlyList<string> codes, CancellationToken cancellationToken)
    {
        var versions = await db.Versions.AsNoTracking().Where(v => codes.Contains(v.Code)).OrderBy(v => v.Version)
            .Select(v => new VersionRow(v.Code, v.Version, v.Title, v.CrimeArea, v.Marking, v.PublishedAt)).ToListAsync(cancellationToken);
        var copies = await db.Distributions.AsNoTracking().Where(d => codes.Contains(d.Code))
            .Select(d => new CopyRow(d.Code, d.Version, d.Recipient, d.AcknowledgedAt)).ToListAsync(cancellationToken);
        var citations = await db.Citations.AsNoTracking().Where(c => codes.Contains(c.Code) && c.Version != null)
            .Join(db.ScreenedReports, c => c.ReportId, r => r.ReportId, (c, r) => new ReportFact(r.ReportId, r.BankOrganisationId, r.ReceivedAt, c.Code, c.Version!.Value, null))
            .ToListAsync(cancellationToken);
        var hits = await db.Hits.AsNoTracking().Where(h => codes.Contains(h.Code))
            .Join(db.ScreenedReports, h => h.ReportId, r => r.ReportId, (h, r) => new ReportFact(r.ReportId, r.BankOrganisationId, r.ReceivedAt, h.Code, h.Version, h.IndicatorCode))
            .ToListAsync(cancellationToken);
        var reports = citations.Concat(hits).ToList();
        var ids = reports.Select(r => r.ReportId).Distinct().ToList();
        var decisions = await db.Decisions.AsNoTracking().Where(d => ids.Contains(d.ReportId)).ToDictionaryAsync(d => d.ReportId, d => d.Decision, cancellationToken);
        return new Facts(versions, copies, reports, decisions);
    }

    private sealed record Facts(List<VersionRow> Versions, List<CopyRow> Copies, List<ReportFact> Reports, Dictionary<Guid, string> Decisions);

    private sealed record VersionRow(string Code, int Version, string Title, string CrimeArea, Contracts.Sharing.Tlp Marking, DateTimeOffset PublishedAt);

    private sealed record CopyRow(string Code, int Version, string Recipient, DateTimeOffset? AcknowledgedAt);

    /// <summary>A report citing a version (<see cref="Indicator"/> null) or hit by one of its indicators' rules.</summary>
    private sealed record ReportFact(Guid ReportId, string Bank, DateTimeOffset ReceivedAt, string Code, int Version, string? Indicator);
}
