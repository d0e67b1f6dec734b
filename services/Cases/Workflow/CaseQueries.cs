using Concord.Cases.Domain;
using Concord.Cases.Persistence;
using Concord.Cases.Views;
using Concord.LegalBasis.Enforcement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concord.Cases.Workflow;

/// <summary>Lists read from the projections, filtered to the reader's organisation before paging and counting.</summary>
public sealed class CaseQueries(CasesDbContext db, AgreementReplicaHolder agreements, IOptions<LegalBasisOptions> legalBasis, TimeProvider time)
{
    public const int MaxPageSize = 200;

    public async Task<(IReadOnlyList<CaseSummary> Items, int Total)> ListAsync(string organisation, int page, int pageSize, CancellationToken cancellationToken)
    {
        // Note: the membership filter is in the query itself, so neither the page nor the total can include a case the organisation may not see.
        // and so is the agreement: a case whose task force's agreement does not let the organisation see it now is not counted.
        var inForce = TaskForce.InForceFor(agreements.Current, legalBasis.Value.MaxReplicaStaleness, organisation, time.GetUtcNow()).ToList();
        var visible = db.Cases.AsNoTracking()
            .Where(c => inForce.Contains(c.AgreementId) && db.Members.Any(m => m.CaseId == c.Id && m.OrganisationId == organisation));
        var total = await visible.CountAsync(cancellationToken);
        var items = await visible
            .OrderByDescending(c => c.OpenedAt).ThenBy(c => c.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new CaseSummary(c.Id, c.Title, c.CaseType, c.AgreementCode, c.Milestone, c.Outcome, c.OpenedAt, c.UpdatedAt))
            .ToListAsync(cancellationToken);
        return (items, total);
    }
}
