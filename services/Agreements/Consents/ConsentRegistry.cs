using Concord.Agreements.Authorization;
using Concord.Agreements.Domain;
using Concord.Agreements.Endpoints;
using Concord.Agreements.Lifecycle;
using Concord.Agreements.Persistence;
using Concord.Agreements.Validation;
using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
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
        var consent = await AddConsentAsync(caller, request.Recipient!, request.Purpose!.Value, request.ExpiresAt!.Value, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Created(consent.Id);
    }

    /// <summary>
    /// The originator grants a consent request: the consent it creates is scoped to the request's recipient and purpose,
    /// until <paramref name="expiresAt"/>; the requesting service is told which request it answers.
    /// </summary>
    public async Task<Outcome> GrantRequestAsync(Caller caller, Guid requestId, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        var now = time.Now();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (request, refusal) = await AnswerableAsync(caller, requestId, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        var errors = new FieldErrors();
        ConsentValidator.Expiry(errors, expiresAt, now);
        if (errors.Any)
        {
            return Outcome.Invalid(errors.All);
        }

        var consent = await AddConsentAsync(caller, request.Recipient, request.Purpose, expiresAt!.Value, now, cancellationToken);
        request.Status = ConsentRequestStatus.Granted;
        request.ConsentId = consent.Id;
        await AnswerAsync(caller, request, consent.ExpiresAt, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Done(request.Id);
    }

    /// <summary>The originator refuses a consent request, saying why; no consent is created.</summary>
    public async Task<Outcome> RefuseRequestAsync(Caller caller, Guid requestId, string? reason, CancellationToken cancellationToken)
    {
        var now = time.Now();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (request, refusal) = await AnswerableAsync(caller, requestId, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        var errors = new FieldErrors();
        var text = errors.Text("reason", reason, ConsentRequestLimits.ReasonLength);
        if (errors.Any)
        {
            return Outcome.Invalid(errors.All);
        }

        request.Status = ConsentRequestStatus.Refused;
        request.Reason = text;
        await AnswerAsync(caller, request, null, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Done(request.Id);
    }

    /// <summary>
    /// The request, locked, when the caller may answer it now; otherwise the refusal: unknown or not the caller's to
    /// see (404, alike), seen but not the originator's (403), answered already (409).
    /// </summary>
    private async Task<(StoredConsentRequest? Request, Outcome? Refusal)> AnswerableAsync(Caller caller, Guid requestId, CancellationToken cancellationToken)
    {
        var request = (await db.ConsentRequests.FromSql($"SELECT * FROM consent_requests WHERE id = {requestId} FOR UPDATE").ToListAsync(cancellationToken)).SingleOrDefault();
        if (request is null || !(caller.SeesAll || request.Originator == caller.OrganisationId || request.RequestedBy == caller.OrganisationId))
        {
            return (null, Outcome.NotFound(requestId));
        }

        if (request.Originator != caller.OrganisationId)
        {
            return (null, Outcome.Forbidden($"Only the originator of the data, '{request.Originator}', grants or refuses this request."));
        }

        return request.Status != ConsentRequestStatus.Pending
            ? (null, Outcome.Conflict($"The request was already {request.Status.ToString().ToLowerInvariant()} at {request.AnsweredAt:O}."))
            : (request, null);
    }

    private async Task AnswerAsync(Caller caller, StoredConsentRequest request, DateTimeOffset? expiresAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        request.AnsweredAt = now;
        request.AnsweredBy = caller.ClientId;
        db.AddOutboxMessage(new OnwardSharingConsentRequestAnswered
        {
            RequestId = request.Id,
            Originator = request.Originator,
            RequestedBy = request.RequestedBy,
            SubjectReference = request.SubjectReference,
            Granted = request.Status == ConsentRequestStatus.Granted,
            ConsentId = request.ConsentId,
            ExpiresAt = expiresAt,
            Reason = request.Reason,
            AnsweredBy = caller.ClientId,
            AnsweredAt = now,
        }, now);
        await db.SaveChangesAsync(cancellationToken);
        var action = request.Status == ConsentRequestStatus.Granted ? "grant consent request" : "refuse consent request";
        await AuditLog.AppendAsync(db, [AgreementAudit.ConsentRequest(caller.Actor, action, request, now)], cancellationToken);
        LogAnswered(request.Id, request.Originator, request.Status);
    }

    private async Task<Consent> AddConsentAsync(Caller caller, string recipient, Purpose purpose, DateTimeOffset expiresAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var consent = new Consent
        {
            Id = Guid.CreateVersion7(now),
            Originator = caller.OrganisationId,
            Recipient = recipient,
            Purpose = purpose,
            GrantedAt = now,
            GrantedBy = caller.ClientId,
            ExpiresAt = expiresAt.ToStoredPrecision(),
        };
        db.Consents.Add(consent);
        await PublishAsync(consent, caller.Actor, "grant consent", now, cancellationToken);
        LogGranted(consent.Id, consent.Originator, consent.Recipient, consent.Purpose);
        return consent;
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
    private partial void LogGranted(Guid consentId, string originator, string recipient, Purpose purpose);

    [LoggerMessage(Level = LogLevel.Information, Message = "Consent request {RequestId} answered by {Originator}: {Status}")]
    private partial void LogAnswered(Guid requestId, string originator, ConsentRequestStatus status);
}
