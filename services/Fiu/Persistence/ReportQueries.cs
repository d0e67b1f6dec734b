using Concord.Fiu.Domain;
using Microsoft.EntityFrameworkCore;

namespace Concord.Fiu.Persistence;

/// <summary>Reads of received reports for the FIU's analysts.</summary>
internal sealed class ReportQueries(FiuDbContext db)
{
    public const int MaxPageSize = 200;

    /// <summary>A report by its FIU reference or its Concord reference; null when there is none.</summary>
    public Task<ReceivedReport?> FindAsync(string reference, CancellationToken cancellationToken) =>
        db.Reports.AsNoTracking()
            .Where(r => r.FiuReference == reference || r.ConcordReference == reference)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>One page of reports, newest first, and how many match in all.</summary>
    public async Task<(IReadOnlyList<ReceivedReport> Items, int Total)> ListAsync(
        ReceivedReportStatus? status, string? bankOrganisationId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.Reports.AsNoTracking();
        if (status is { } wanted)
        {
            query = query.Where(r => r.Status == wanted);
        }

        if (!string.IsNullOrEmpty(bankOrganisationId))
        {
            query = query.Where(r => r.BankOrganisationId == bankOrganisationId);
        }

        var total = await query.CountAsync(cancellationToken);
        // Note: a batch shares one receive time, so the id breaks ties and keeps pages stable.
        var items = await query
            .OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return (items, total);
    }
}
