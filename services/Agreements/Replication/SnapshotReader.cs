using System.Data;
using Concord.Agreements.Domain;
using Concord.Agreements.Persistence;
using Concord.Contracts.Agreements;
using Microsoft.EntityFrameworkCore;

namespace Concord.Agreements.Replication;

/// <summary>What a replica starts from: every agreement's terms in force and every consent, as of one change number.</summary>
public sealed class SnapshotReader(AgreementsDbContext db)
{
    public async Task<(long Sequence, IReadOnlyList<AgreementTerms> Agreements, IReadOnlyList<OnwardSharingConsent> Consents)> ReadAsync(CancellationToken cancellationToken)
    {
        // Note: one REPEATABLE READ transaction sees one committed state: the change number and the content it reads
        // belong together, since every change commits its number with its content.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var sequence = await ChangeSequence.CurrentAsync(db, cancellationToken);
        var inForce = await db.Agreements.AsNoTracking()
            .Where(a => a.Status != AgreementStatus.Draft && a.VersionInForce != null)
            .Join(db.Versions.AsNoTracking(), a => new { a.Id, Version = a.VersionInForce!.Value }, v => new { Id = v.AgreementId, v.Version }, (a, v) => new { Agreement = a, v.Content })
            .OrderBy(x => x.Agreement.Code)
            .ToListAsync(cancellationToken);
        var consents = await db.Consents.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (
            sequence,
            [.. inForce.Select(x => AgreementContent.FromJson(x.Content).ToTerms(x.Agreement, x.Agreement.VersionInForce!.Value))],
            [.. consents.Select(c => c.ToContract())]);
    }
}
