using Concord.Fiu.Domain;
using Concord.Fiu.Persistence;
using Concord.LegalBasis.Reading;
using Microsoft.EntityFrameworkCore;

namespace Concord.Fiu.Matching;

/// <summary>
/// Analysts' reads of the subject index and its links, under the legal-basis layer like <see cref="ReportQueries"/>:
/// only reports whose agreement lets the reader read them now are candidates (in SQL), each is decided again on its
/// envelope, every report shown is audited as read, and a report the reader may not see is neither listed, counted nor
/// named — not even as the other end of a link.
/// </summary>
internal sealed class MatchingQueries(FiuDbContext db, ReadFilter reads, ReportQueries reports)
{
    public const int MaxPageSize = 200;

    /// <summary>The report, when the reader may see it; null otherwise, as for an unknown reference. Audited.</summary>
    public Task<ReceivedReport?> FindReportAsync(Reader reader, string reference, CancellationToken cancellationToken) =>
        reports.FindAsync(reader, reference, cancellationToken);

    /// <summary>One page of the reports linked to <paramref name="root"/> that the reader may see (other banks' first, then newest), with every reason for each, and how many there are.</summary>
    public async Task<(IReadOnlyList<(ReportRow Report, IReadOnlyList<ReportLink> Links)> Items, int Total)> LinksAsync(
        Reader reader, ReceivedReport root, int page, int pageSize, CancellationToken cancellationToken)
    {
        var id = root.Id;
        var bank = root.BankOrganisationId;
        var linkedIds = Links.Where(l => l.ReportId == id).Select(l => l.LinkedReportId)
            .Concat(Links.Where(l => l.LinkedReportId == id).Select(l => l.ReportId));
        var candidates = await Rows(Visible(reader).Where(r => linkedIds.Contains(r.Id))
                .OrderByDescending(r => r.BankOrganisationId != bank).ThenByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id))
            .ToListAsync(cancellationToken);
        var visible = await reads.ReadPageAsync(reader, ReportRow.Readable, candidates, (page - 1) * pageSize, pageSize, cancellationToken);
        var pageIds = visible.Items.Select(r => r.Id).ToList();
        var links = await Links
            .Where(l => (l.ReportId == id && pageIds.Contains(l.LinkedReportId)) || (l.LinkedReportId == id && pageIds.Contains(l.ReportId)))
            .OrderBy(l => l.Id)
            .ToListAsync(cancellationToken);
        var byReport = links.ToLookup(l => l.ReportId == id ? l.LinkedReportId : l.ReportId);
        return ([.. visible.Items.Select(r => (r, (IReadOnlyList<ReportLink>)[.. byReport[r.Id]]))], visible.Total);
    }

    /// <summary>One page of the places an identifier occurs, in reports the reader may see, newest first, and how many there are.</summary>
    public async Task<(IReadOnlyList<SubjectOccurrenceRow> Items, int Total)> OccurrencesAsync(
        Reader reader, IdentifierKind kind, string value, int page, int pageSize, CancellationToken cancellationToken)
    {
        var candidates = await (
                from identifier in db.Set<SubjectIdentifier>().AsNoTracking()
                join report in Visible(reader) on identifier.ReportId equals report.Id
                where identifier.Kind == kind && identifier.Value == value
                orderby report.ReceivedAt descending, report.Id descending, identifier.Id
                select new SubjectOccurrenceRow(
                    new ReportRow(report.Id, report.ConcordReference, report.FiuReference, report.BankOrganisationId, report.ReceivedAt, report.Envelope),
                    identifier.Holder, identifier.HolderKind, identifier.Display))
            .ToListAsync(cancellationToken);
        var occurrences = new Readable<SubjectOccurrenceRow>(ReportRow.Readable.Name, o => ReportRow.Readable.Envelope(o.Report), o => ReportRow.Readable.Subject(o.Report));
        var visible = await reads.ReadPageAsync(reader, occurrences, candidates, (page - 1) * pageSize, pageSize, cancellationToken);
        return (visible.Items, visible.Total);
    }

    /// <summary>The links with an end among <paramref name="ids"/>.</summary>
    public Task<List<ReportLink>> LinksOfAsync(IReadOnlyCollection<Guid> ids, int limit, CancellationToken cancellationToken) =>
        Links.Where(l => ids.Contains(l.ReportId) || ids.Contains(l.LinkedReportId)).OrderBy(l => l.Id).Take(limit).ToListAsync(cancellationToken);

    /// <summary>
    /// Of <paramref name="ids"/>, the newest <paramref name="limit"/> candidates in SQL, and of those the reports the
    /// reader may see, decided one by one. The ones withheld are audited as denied here; the caller audits the reads of
    /// those it keeps (<see cref="ReadAsync"/>).
    /// </summary>
    public async Task<(List<ReceivedReport> Visible, bool More)> VisibleReportsAsync(Reader reader, IReadOnlyCollection<Guid> ids, int limit, CancellationToken cancellationToken)
    {
        var candidates = await Visible(reader).Where(r => ids.Contains(r.Id))
            .OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var more = candidates.Count > limit;
        var decided = candidates.Take(limit).Select(r => (Report: r, reads.Decide(ReportRow.Readable.Envelope(Row(r)), reader.Organisation).IsPermitted)).ToList();
        await reads.ReadAllAsync(reader, ReportRow.Readable, decided.Where(d => !d.IsPermitted).Select(d => Row(d.Report)), cancellationToken);
        return ([.. decided.Where(d => d.IsPermitted).Select(d => d.Report)], more);
    }

    /// <summary>Audits <paramref name="shown"/> as read, as the report endpoints do; returns those still visible.</summary>
    public async Task<IReadOnlyList<ReceivedReport>> ReadAsync(Reader reader, IEnumerable<ReceivedReport> shown, CancellationToken cancellationToken)
    {
        var rows = shown.Select(r => (Report: r, Row: Row(r))).ToList();
        var read = await reads.ReadAllAsync(reader, ReportRow.Readable, rows.Select(r => r.Row), cancellationToken);
        var ids = read.Select(r => r.Id).ToHashSet();
        return [.. rows.Where(r => ids.Contains(r.Row.Id)).Select(r => r.Report)];
    }

    private IQueryable<ReportLink> Links => db.Set<ReportLink>().AsNoTracking();

    private static ReportRow Row(ReceivedReport r) => new(r.Id, r.ConcordReference, r.FiuReference, r.BankOrganisationId, r.ReceivedAt, r.Envelope);

    private static IQueryable<ReportRow> Rows(IQueryable<ReceivedReport> query) =>
        query.Select(r => new ReportRow(r.Id, r.ConcordReference, r.FiuReference, r.BankOrganisationId, r.ReceivedAt, r.Envelope));

    /// <summary>The reports received under an agreement that lets the reader read them now (as <see cref="ReportQueries"/> scopes them).</summary>
    private IQueryable<ReceivedReport> Visible(Reader reader)
    {
        var agreements = reads.ScopeFor(reader.Organisation).AgreementIds.ToArray();
        return db.Reports.AsNoTracking().Where(r => r.AgreementId != null && agreements.Contains(r.AgreementId.Value));
    }
}
