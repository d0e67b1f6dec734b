using System.Text.Json;
using Concord.Contracts.Cases;
using Concord.Contracts.Sharing;
using Concord.Fiu.Persistence;
using Concord.LegalBasis.Reading;
using Concord.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Concord.Fiu.Disseminations;

/// <summary>
/// Reads of disseminations and case outcomes for the FIU's analysts. A dissemination is the FIU's own record; a case
/// outcome is the task force's data, read under the envelope it arrived with through the read filter (audited, and
/// withheld — not listed, not counted — when its agreement no longer lets the FIU read it).
/// </summary>
internal sealed class DisseminationQueries(FiuDbContext db, ReadFilter reads)
{
    public const int MaxPageSize = 200;

    private static readonly Readable<CaseOutcome> Outcomes = new(
        "case outcome",
        outcome => JsonSerializer.Deserialize<SharingEnvelope>(outcome.Envelope, ContractJson.Options),
        outcome => $"case-outcome:{outcome.CaseReference}");

    public async Task<DisseminationDetails?> FindAsync(Reader reader, string reference, CancellationToken cancellationToken)
    {
        var dissemination = await db.Disseminations.AsNoTracking().Include(d => d.Reports)
            .SingleOrDefaultAsync(d => d.Reference == reference, cancellationToken);
        if (dissemination is null)
        {
            return null;
        }

        var outcomes = await VisibleOutcomes(reader).Where(o => o.DisseminationReferences.Contains(reference))
            .OrderByDescending(o => o.ClosedAt).ThenByDescending(o => o.Id).ToListAsync(cancellationToken);
        var readable = await reads.ReadAllAsync(reader, Outcomes, outcomes, cancellationToken);
        var grading = dissemination is { SourceReliability: { } reliability, SourceCredibility: { } credibility }
            ? new SourceGrading { Reliability = reliability, Credibility = credibility } : null;
        return new DisseminationDetails(
            dissemination.Reference, dissemination.AgreementId, dissemination.AgreementCode, dissemination.LegalGateway,
            dissemination.RecipientOrganisationId, dissemination.Title, dissemination.AnalysisNote, dissemination.Marking,
            dissemination.OnwardSharing, grading, dissemination.DisseminatedBy, dissemination.DisseminatedAt,
            [.. dissemination.Reports.OrderBy(r => r.Position).Select(r => new DisseminatedReportView(r.ConcordReference, r.FiuReference, r.BankOrganisationId, r.FiledAt))],
            [.. readable.Select(View)]);
    }

    /// <summary>One page of disseminations, newest first, each with the latest outcome the reader may see.</summary>
    public async Task<(IReadOnlyList<DisseminationSummary> Items, int Total)> ListAsync(Reader reader, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await db.Disseminations.CountAsync(cancellationToken);
        var items = await db.Disseminations.AsNoTracking()
            .OrderByDescending(d => d.DisseminatedAt).ThenByDescending(d => d.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(d => new { d.Reference, d.AgreementCode, d.RecipientOrganisationId, d.Title, d.Marking, Reports = d.Reports.Count, d.DisseminatedBy, d.DisseminatedAt })
            .ToListAsync(cancellationToken);
        var references = items.Select(d => d.Reference).ToArray();
        var outcomes = await VisibleOutcomes(reader).Where(o => o.DisseminationReferences.Any(r => references.Contains(r)))
            .OrderByDescending(o => o.ClosedAt).ThenByDescending(o => o.Id).ToListAsync(cancellationToken);
        var readable = await reads.ReadAllAsync(reader, Outcomes, outcomes, cancellationToken);
        return ([.. items.Select(d => new DisseminationSummary(
            d.Reference, d.AgreementCode, d.RecipientOrganisationId, d.Title, d.Marking, d.Reports, d.DisseminatedBy, d.DisseminatedAt,
            readable.FirstOrDefault(o => o.DisseminationReferences.Contains(d.Reference))?.Outcome))], total);
    }

    /// <summary>One page of the case outcomes the reader may see, most recently closed first; optionally for one report.</summary>
    public async Task<(IReadOnlyList<CaseOutcomeView> Items, int Total)> OutcomesAsync(
        Reader reader, string? concordReference, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = VisibleOutcomes(reader);
        if (concordReference is not null)
        {
            query = query.Where(o => o.ConcordReferences.Contains(concordReference));
        }

        // Note: the SQL scope already holds only outcomes whose agreement lets the reader read them, so the count is of
        // visible items; the filter still decides each one returned.
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(o => o.ClosedAt).ThenByDescending(o => o.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return ([.. (await reads.ReadAllAsync(reader, Outcomes, items, cancellationToken)).Select(View)], total);
    }

    private IQueryable<CaseOutcome> VisibleOutcomes(Reader reader)
    {
        var agreements = reads.ScopeFor(reader.Organisation).AgreementIds.ToArray();
        return db.CaseOutcomes.AsNoTracking().Where(o => agreements.Contains(o.AgreementId));
    }

    private static CaseOutcomeView View(CaseOutcome outcome) => new(
        outcome.CaseReference, outcome.Outcome, outcome.Summary,
        JsonSerializer.Deserialize<List<ReachedMilestone>>(outcome.Milestones, ContractJson.Options) ?? [],
        outcome.ConcordReferences, outcome.DisseminationReferences, outcome.ReportedBy, outcome.ClosedAt, outcome.ReceivedAt);
}
