using Concord.Agreements.Authorization;
using Concord.Agreements.Domain;
using Concord.Agreements.Endpoints;
using Concord.Agreements.Lifecycle;
using Concord.Agreements.Persistence;
using Concord.Agreements.Validation;
using Concord.Contracts.Agreements;
using Concord.LegalBasis.Audit;
using Concord.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Concord.Agreements.Consents;

/// <summary>
/// Onward-sharing consents: granted and withdrawn by the originator only. Each change takes the next change number
/// and is published (<see cref="OnwardSharingConsentChanged"/>) through the outbox, and audited, in one transaction.
/// </summary>
internal sealed partial class ConsentRegistry(AgreementsDbContext db, TimeProvider time, ILogger<ConsentRegistry> logger)
{
    public async Task<Outcome> GrantAsync(Caller caller, ConsentRequest request, CancellationToken cancellationToken)
    {
        var now = time.Now();
        var errors = ConsentValidator.Validate(request, caller.OrganisationId, now);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var consent = new Consent
        {
            Id = Guid.CreateVersion7(now),
            Originator = caller.OrganisationId,
            Recipient = request.Recipient!,
            Purpose = request.Purpose!.Value,
            GrantedAt = now,
            GrantedBy = caller.ClientId,
            ExpiresAt = request.ExpiresAt!.Value.ToStoredPrecision(),
        };
        db.Consents.Add(consent);
        await PublishAsync(consent, caller.Actor, "grant consent", now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogGranted(consent.Id, consent.Originator, consent.Recipient, consent.Purpose);
        return Outcome.Created(consent.Id);
    }

    public async Task<Outcome> WithdrawAsync(Caller caller, Guid id, CancellationToken cancellationToken)
    {
        var now = time.Now();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var consent = (await db.Consents.FromSql($"SELECT * FROM consents WHERE id = {id} FOR UPDATE").ToListAsync(cancellationToken)).SingleOrDefault();
        if (consent is null || !(caller.SeesAll || consent.Originator == caller.OrganisationId || consent.Recipient == caller.OrganisationId))
        {
            return Outcome.NotFound(id);
        }

        if (consent.Originator != caller.OrganisationId)
        {
            return Outcome.Forbidden($"Only the originator, '{consent.Originator}', withdraws this consent.");
        }

        if (consent.RevokedAt is { } revoked)
        {
            return Outcome.Conflict($"The consent was already withdrawn at {revoked:O}.");
        }

        if (consent.ExpiresAt <= now)
        {
            return Outcome.Conflict($"The consent expired at {consent.ExpiresAt:O}; there is nothing to withdraw.");
        }

        consent.RevokedAt = now;
        consent.RevokedBy = caller.ClientId;
        await PublishAsync(consent, caller.Actor, "withdraw consent", now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Done(id);
    }

    private async Task PublishAsync(Consent consent, string actor, string action, DateTimeOffset now, CancellationToken cancellationToken)
    {
        consent.Sequence = await ChangeSequence.NextAsync(db, cancellationToken);
        db.AddOutboxMessage(new OnwardSharingConsentChanged { Consent = consent.ToContract(), Sequence = consent.Sequence, ChangedAt = now }, now);
        await db.SaveChangesAsync(cancellationToken);
        await AuditLog.AppendAsync(db, [AgreementAudit.Consent(actor, action, consent, now)], cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Consent {ConsentId}: {Originator} lets {Recipient} receive its data for {Purpose}")]
    private partial void LogGranted(Guid consentId, string originator, string recipient, Concord.Contracts.Sharing.Purpose purpose);
}
