using System.Text.Json;
using Concord.Cases.Domain;
using Concord.Cases.Persistence;
using Concord.Cases.Workflow;
using Concord.Contracts.Agreements;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Enforcement;
using Concord.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concord.Cases.Consumers;

/// <summary>
/// Applies an originator's answer to a request to pass an item on, once, as an event of the item's case. The message is
/// the Agreements service's governance message and carries no envelope; what makes it count is that it answers a request
/// this service sent, from the originator it went to. An answer to an unknown request, from another organisation than
/// the item's originator, not matching the request, malformed, or to a request answered already is refused: logged and
/// audited, never applied — and consumed, so it does not come back. Whether the recipient sees the item stays with the
/// replica's consent (<see cref="ItemVisibility"/>): this records what the originator said.
/// </summary>
public sealed partial class ConsentRequestAnsweredConsumer(
    CasesDbContext db, CaseDesk desk, IOptions<LegalBasisOptions> legalBasis, TimeProvider time, ILogger<ConsentRequestAnsweredConsumer> logger)
    : IConsumer<OnwardSharingConsentRequestAnswered>
{
    /// <summary>The queue, and the consumer name in the inbox.</summary>
    public const string Name = "cases-consent-answers";

    public async Task Consume(ConsumeContext<OnwardSharingConsentRequestAnswered> context)
    {
        var cancellationToken = context.CancellationToken;
        db.ChangeTracker.Clear();
        var message = context.Message;
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.IsRedeliveryAsync(Name, context.MessageId, now, cancellationToken))
        {
            LogDuplicateMessage(context.MessageId!.Value, message.RequestId);
            return;
        }

        var share = await db.OnwardShares.AsNoTracking().SingleOrDefaultAsync(s => s.Id == message.RequestId, cancellationToken);
        // Note: every service that asks for consents receives every answer; one asked by an organisation this service
        // does not host, about nothing it knows, is another service's.
        if (share is null && !legalBasis.Value.Hosted.Contains(message.RequestedBy ?? ""))
        {
            await transaction.CommitAsync(cancellationToken);
            LogNotOurs(message.RequestId, message.RequestedBy ?? "");
            return;
        }

        var refusal = Check(message, share);
        Guid? agreementId = null;
        if (share is not null)
        {
            var events = await desk.EventsAsync(share.CaseId, cancellationToken);
            var state = CaseDecider.Fold(events.Select(e => CaseEventJson.Deserialize(e.Payload)));
            agreementId = state.AgreementId;
            if (refusal is null)
            {
                var command = new RecordOnwardShareAnswer
                {
                    ShareId = share.Id, Originator = message.Originator, Granted = message.Granted, ConsentId = message.ConsentId, ExpiresAt = message.ExpiresAt, Reason = message.Reason,
                };
                var result = await desk.ExecuteAsync(state, [command], new CaseActor(message.AnsweredBy, message.Originator), now, cancellationToken);
                refusal = result.Rejection is { } rejected ? Code(rejected.Code) : null;
            }
        }

        await AuditLog.AppendAsync(db, [Record(message, share, agreementId, refusal, now)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (refusal is not null)
        {
            LogRefused(message.RequestId, message.Originator ?? "", refusal);
            return;
        }

        LogApplied(message.RequestId, message.Originator, message.Granted);
    }

    /// <summary>Why the answer cannot be applied, before the case is asked; null when it can.</summary>
    private static string? Check(OnwardSharingConsentRequestAnswered message, StoredOnwardShare? share)
    {
        if (share is null)
        {
            return "share-not-found";
        }

        if (!string.Equals(share.Originator, message.Originator, StringComparison.Ordinal))
        {
            return "not-the-originator";
        }

        if (!string.Equals(share.RequestedByOrganisation, message.RequestedBy, StringComparison.Ordinal)
            || !string.Equals(OnwardShareDesk.SubjectReference(share.CaseId, share.ItemId), message.SubjectReference, StringComparison.Ordinal))
        {
            return "answer-does-not-match-request";
        }

        if (share.AnsweredAt is not null)
        {
            return "share-already-answered";
        }

        // Note: a malformed answer is refused here rather than failing on insert, which would redeliver it for ever.
        var malformed = string.IsNullOrWhiteSpace(message.AnsweredBy) || message.AnsweredBy.Length > CaseLimits.PersonIdLength
            || (message.Granted ? message.ConsentId is null || message.ConsentId == Guid.Empty || message.ExpiresAt is null
                : string.IsNullOrWhiteSpace(message.Reason) || message.Reason.Length > CaseLimits.ReasonLength);
        return malformed ? "answer-malformed" : null;
    }

    /// <summary>The case's refusal as the audit chain names it; a lost race is retried, never refused.</summary>
    private static string Code(string rejection) => rejection switch
    {
        CaseErrorCodes.ConcurrentChange => throw new InvalidOperationException("The case changed while the answer was applied; it is tried again."),
        CaseErrorCodes.OnwardShareAlreadyAnswered => "share-already-answered",
        CaseErrorCodes.NotTheOriginator => "not-the-originator",
        CaseErrorCodes.OnwardShareNotFound => "share-not-found",
        CaseErrorCodes.Required => "answer-malformed",
        _ => rejection,
    };

    private static AuditRecord Record(OnwardSharingConsentRequestAnswered message, StoredOnwardShare? share, Guid? agreementId, string? refusal, DateTimeOffset now) => new()
    {
        Kind = AuditKind.Decision,
        Actor = $"{message.Originator}/{message.AnsweredBy}",
        Action = $"apply consent answer ({(message.Granted ? "granted" : "refused")}) from {message.Originator}",
        Subject = $"onward-share:{message.RequestId}",
        Outcome = refusal is null ? AuditOutcome.Permitted : AuditOutcome.Denied,
        AgreementId = agreementId,
        Reasons = refusal ?? "",
        Details = JsonSerializer.Serialize(new
        {
            lineage = share is null ? [] : new[] { $"item:{share.ItemId}" }, subjectReference = message.SubjectReference, consentId = message.ConsentId, expiresAt = message.ExpiresAt,
        }),
        RecordedAt = now,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Consent answer message {MessageId} to request {RequestId} was already processed; skipped")]
    private partial void LogDuplicateMessage(Guid messageId, Guid requestId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Consent answer to request {RequestId} of {RequestedBy} is not this service's; skipped")]
    private partial void LogNotOurs(Guid requestId, string requestedBy);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a consent answer to request {RequestId} from {Originator}: {Reason}")]
    private partial void LogRefused(Guid requestId, string originator, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Consent answer to request {RequestId} from {Originator} applied (granted: {Granted})")]
    private partial void LogApplied(Guid requestId, string originator, bool granted);
}
