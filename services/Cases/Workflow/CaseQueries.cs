using Concord.Cases.Persistence;
using Concord.Cases.Views;
using Microsoft.EntityFrameworkCore;

namespace Concord.Cases.Workflow;

/// <summary>Lists read from the projections, filtered to the reader's organisation before paging and counting.</summary>
public sealed class CaseQueries(CasesDbContext db)
{
    public const int MaxPageSize = 200;

    public async Task<(IReadOnlyList<CaseSummary> Items, int Total)> ListAsync(string organisation, int page, int pageSize, CancellationToken cancellationToken)
    {
        // Note: the membership filter is in the query itself, so neither the page nor the total can include a case the organisation may not see.
        var visible = db.Cases.AsNoTracking().Where(c => db.Members.Any(m => m.CaseId == c.Id && m.OrganisationId == organisation));
        var total = await visible.CountAsync(cancellationToken);
        var items = await visible
            .OrderByDescending(c => c.OpenedAt).ThenBy(c => c.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new CaseSummary(c.Id, c.Title, c.CaseType, c.AgreementCode, c.Milestone, c.Outcome, c.OpenedAt, c.UpdatedAt))
            .ToListAsync(cancellationToken);
        return (items, total);
    }
}
