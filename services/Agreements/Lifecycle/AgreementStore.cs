using Concord.Agreements.Domain;
using Concord.Agreements.Persistence;
using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Concord.Agreements.Lifecycle;

/// <summary>
/// The steps every change to an agreement shares: lock the agreement, read its versions, record the step in the
/// history and the audit chain, and, when the terms in force change, take the next change number and put the
/// <see cref="AgreementChanged"/> event in the outbox, all in the caller's transaction.
/// </summary>
internal sealed class AgreementStore(AgreementsDbContext db)
{
    private readonly List<AuditRecord> _audit = [];

    public AgreementsDbContext Db => db;

    /// <summary>The agreement, locked until the transaction ends, so that changes to one agreement never interleave.</summary>
    public async Task<Agreement?> LockAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.Agreements.FromSql($"SELECT * FROM agreements WHERE id = {id} FOR UPDATE").ToListAsync(cancellationToken)).SingleOrDefault();

    public Task<List<AgreementVersion>> VersionsAsync(Guid id, CancellationToken cancellationToken) =>
        db.Versions.Where(v => v.AgreementId == id).OrderBy(v => v.Version).ToListAsync(cancellationToken);

    /// <summary>Every registered legal gateway and the purposes it serves, for validation.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyCollection<Purpose>>> GatewaysAsync(CancellationToken cancellationToken) =>
        await db.LegalGateways.AsNoTracking().ToDictionaryAsync(g => g.Code, g => (IReadOnlyCollection<Purpose>)g.Purposes, StringComparer.Ordinal, cancellationToken);

    /// <summary>Everyone who is or was party to any version: who may see the agreement.</summary>
    public static void RefreshParties(Agreement agreement, IEnumerable<AgreementVersion> versions) =>
        agreement.PartyIds = [.. versions
            .SelectMany(v => AgreementContent.FromJson(v.Content).Parties.Select(p => p.OrganisationId))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>A step that leaves the terms in force as they are (a draft, an edit, an approval): history and audit only.</summary>
    public void Record(Agreement agreement, int version, AgreementEventKind kind, string actor, string action, DateTimeOffset now, string? reason = null)
    {
        agreement.UpdatedAt = now;
        db.Events.Add(new AgreementEvent { AgreementId = agreement.Id, Version = version, Kind = kind, At = now, By = actor, Reason = reason });
        _audit.Add(AgreementAudit.Agreement(actor, action, agreement, version, now, reason: reason));
    }

    /// <summary>
    /// A step that changes the terms in force (the agreement's status or version is already set): the next change
    /// number becomes the agreement's revision, and the terms now in force are published through the outbox.
    /// </summary>
    public async Task<long> PublishAsync(
        Agreement agreement, AgreementContent inForce, AgreementChange change, AgreementEventKind kind, string actor, string action, DateTimeOffset now, string? reason, CancellationToken cancellationToken)
    {
        var sequence = await ChangeSequence.NextAsync(db, cancellationToken);
        agreement.Revision = sequence;
        agreement.UpdatedAt = now;
        var version = agreement.VersionInForce!.Value;
        db.AddOutboxMessage(new AgreementChanged
        {
            Terms = inForce.ToTerms(agreement, version),
            Change = change,
            Sequence = sequence,
            ChangedAt = now,
            ChangedBy = actor,
        }, now);
        db.Events.Add(new AgreementEvent { AgreementId = agreement.Id, Version = version, Kind = kind, Sequence = sequence, At = now, By = actor, Reason = reason });
        _audit.Add(AgreementAudit.Agreement(actor, action, agreement, version, now, sequence, reason));
        return sequence;
    }

    public void Audit(AuditRecord record) => _audit.Add(record);

    /// <summary>Saves the changes and appends their audit entries, in the open transaction, then commits it.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Changes are committed in a transaction; begin one first.");
        await db.SaveChangesAsync(cancellationToken);
        // Note: last, so the chain's head row is locked only for the moment it takes to append.
        await AuditLog.AppendAsync(db, _audit, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _audit.Clear();
    }
}
