using System.Text.Json;
using Concord.BankGateway.Filing;
using Concord.BankGateway.Persistence;
using Concord.Contracts.Cases;
using Concord.LegalBasis.Audit;
using Concord.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.CaseOutcomes;

/// <summary>Reads of the case outcomes told to a bank. Every query is scoped by the caller's organisation.</summary>
public sealed class CaseOutcomeQueries(GatewayDbContext db, IAuditSink audit, TimeProvider time)
{
    public const int MaxPageSize = 200;

    /// <summary>One page of the bank's case outcomes, latest closed first; each one shown is a read of partnership data, and audited.</summary>
    public async Task<CaseOutcomePage> ListAsync(Caller caller, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var query = db.CaseOutcomes.AsNoTracking().Where(o => o.BankOrganisationId == caller.OrganisationId);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Include(o => o.Reports)
            .OrderByDescending(o => o.ClosedAt).ThenByDescending(o => o.Sequence)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        if (items.Count > 0)
        {
            var now = time.GetUtcNow();
            await audit.AppendAsync([.. items.Select(outcome => new AuditRecord
            {
                Kind = AuditKind.Read,
                Actor = caller.Actor,
                Action = "read case outcome",
                Subject = $"case-outcome:{outcome.Id}",
                Outcome = AuditOutcome.Performed,
                AgreementId = outcome.AgreementId,
                RecordedAt = now,
            })], cancellationToken);
        }

        return new CaseOutcomePage([.. items.Select(Entry)], page, pageSize, total);
    }

    /// <summary>The outcomes of the cases the bank's reports among <paramref name="reportIds"/> contributed to, latest closed first, by report.</summary>
    public async Task<ILookup<Guid, CaseOutcomeEntry>> ForReportsAsync(string bank, IReadOnlyCollection<Guid> reportIds, CancellationToken cancellationToken)
    {
        var ids = reportIds.ToArray();
        if (ids.Length == 0)
        {
            return Array.Empty<(Guid, CaseOutcomeEntry)>().ToLookup(x => x.Item1, x => x.Item2);
        }

        var outcomes = await db.CaseOutcomes.AsNoTracking()
            .Where(o => o.BankOrganisationId == bank && o.Reports.Any(r => ids.Contains(r.ReportId)))
            .Include(o => o.Reports)
            .OrderByDescending(o => o.ClosedAt).ThenByDescending(o => o.Sequence)
            .ToListAsync(cancellationToken);
        return outcomes
            .SelectMany(o => o.Reports.Where(r => ids.Contains(r.ReportId)).Select(r => (r.ReportId, Entry: Entry(o))))
            .ToLookup(x => x.ReportId, x => x.Entry);
    }

    private static CaseOutcomeEntry Entry(ReceivedCaseOutcome outcome) => new(
        outcome.CaseReference,
        outcome.Outcome,
        outcome.Summary,
        JsonSerializer.Deserialize<List<ReachedMilestone>>(outcome.Milestones, ContractJson.Options) ?? [],
        [.. outcome.Reports.Select(r => r.ConcordReference).Order(StringComparer.Ordinal)],
        outcome.ReportedBy,
        outcome.ClosedAt,
        outcome.ReceivedAt,
        outcome.RetainUntil);
}
