using Concord.BankGateway.Domain;
using Concord.BankGateway.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.Filing;

/// <summary>
/// Reads for the filing bank. Every query is scoped by the caller's organisation, so another bank's report is
/// indistinguishable from one that does not exist.
/// </summary>
public sealed class ReportQueries(GatewayDbContext db)
{
    public const int MaxPageSize = 200;

    public Task<FiledReport?> FindAsync(string organisationId, string concordReference, CancellationToken cancellationToken) =>
        db.Reports.AsNoTracking()
            .Where(r => r.BankOrganisationId == organisationId && r.ConcordReference == concordReference)
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The ids of the bank's reports among <paramref name="concordReferences"/>, by reference.</summary>
    public Task<Dictionary<string, Guid>> IdsAsync(string organisationId, IReadOnlyCollection<string> concordReferences, CancellationToken cancellationToken)
    {
        var references = concordReferences.ToArray();
        return db.Reports.AsNoTracking()
            .Where(r => r.BankOrganisationId == organisationId && references.Contains(r.ConcordReference))
            .ToDictionaryAsync(r => r.ConcordReference, r => r.Id, StringComparer.Ordinal, cancellationToken);
    }

    public async Task<(IReadOnlyList<FiledReport> Items, int Total)> ListAsync(
        string organisationId, ReportStatus? status, string? bankReference, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.Reports.AsNoTracking().Where(r => r.BankOrganisationId == organisationId);
        if (status is { } wanted)
        {
            query = query.Where(r => r.Status == wanted);
        }

        if (!string.IsNullOrEmpty(bankReference))
        {
            query = query.Where(r => r.BankReference == bankReference);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(r => r.FiledAt).ThenByDescending(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return (items, total);
    }
}
