using Concord.Agreements.Authorization;
using Concord.Agreements.Domain;
using Concord.Agreements.Endpoints;
using Concord.Contracts.Agreements;
using Microsoft.EntityFrameworkCore;

namespace Concord.Agreements.Persistence;

/// <summary>
/// Reads of agreements, filtered by what the caller may see: the secretariat and oversight bodies see every one,
/// any other organisation only those it is or was party to. A filter never reveals the others, not even by count.
/// </summary>
internal sealed class AgreementQueries(AgreementsDbContext db)
{
    public const int MaxPageSize = 200;

    public async Task<(IReadOnlyList<Agreement> Items, int Total)> ListAsync(
        Caller caller, AgreementStatus? status, string? party, string? code, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = Visible(caller);
        if (status is { } wanted)
        {
            query = query.Where(a => a.Status == wanted);
        }

        if (!string.IsNullOrEmpty(party))
        {
            query = query.Where(a => a.PartyIds.Contains(party));
        }

        if (!string.IsNullOrEmpty(code))
        {
            query = query.Where(a => a.Code == code);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <summary>The agreement with every version, approval and step of its history; null when unknown or not visible.</summary>
    public async Task<AgreementDetails?> FindAsync(Caller caller, Guid id, CancellationToken cancellationToken)
    {
        var agreement = await Visible(caller).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agreement is null)
        {
            return null;
        }

        var versions = await db.Versions.AsNoTracking().Where(v => v.AgreementId == id).OrderBy(v => v.Version).ToListAsync(cancellationToken);
        var approvals = await db.Approvals.AsNoTracking().Where(a => a.AgreementId == id).OrderBy(a => a.ApprovedAt).ToListAsync(cancellationToken);
        var history = await db.Events.AsNoTracking().Where(e => e.AgreementId == id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return new AgreementDetails(
            agreement.Id, agreement.Code, agreement.Title, agreement.Kind, agreement.Status, agreement.VersionInForce, agreement.PendingVersion,
            agreement.Revision, agreement.CreatedAt, agreement.CreatedBy, agreement.UpdatedAt,
            [.. versions.Select(version => Details(version, approvals.Where(a => a.Version == version.Version).ToList()))],
            [.. history.Select(e => new AgreementHistoryEntry(e.Kind, e.Version, e.Sequence, e.At, e.By, e.Reason))]);
    }

    private IQueryable<Agreement> Visible(Caller caller)
    {
        var query = db.Agreements.AsNoTracking();
        var organisation = caller.OrganisationId;
        return caller.SeesAll ? query : query.Where(a => a.PartyIds.Contains(organisation));
    }

    private static AgreementVersionDetails Details(AgreementVersion version, List<AgreementApproval> approvals)
    {
        var content = AgreementContent.FromJson(version.Content);
        var approved = approvals.Select(a => a.OrganisationId).ToHashSet(StringComparer.Ordinal);
        return new AgreementVersionDetails(
            version.Version, version.State, content.Title, content.Kind, content.Parties, content.LegalGateways, content.ValidFrom, content.ValidUntil,
            content.Flows, version.CreatedAt, version.CreatedBy, version.TookEffectAt,
            [.. approvals.Select(a => new ApprovalDetails(a.OrganisationId, a.ApprovedBy, a.ApprovedAt))],
            version.State == AgreementVersionState.Draft ? [.. content.Parties.Select(p => p.OrganisationId).Where(id => !approved.Contains(id))] : []);
    }
}
