using System.Text.Json;
using Concord.Contracts.Requests;
using Concord.Contracts.Sharing;
using Concord.Fiu.Persistence;
using Concord.Fiu.Requests;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Concord.Fiu.Consumers;

/// <summary>
/// Takes a bank's answer to a request, once: the inbox skips a redelivered message, and only a bank's copy still
/// waiting for its answer takes one. An answer from a bank that was not asked, to a withdrawn request, a second
/// answer, or one that does not answer every subject exactly once is refused: logged and audited, never stored.
/// </summary>
public sealed partial class InformationRequestAnsweredConsumer(
    FiuDbContext db,
    TimeProvider time,
    ILogger<InformationRequestAnsweredConsumer> logger) : IConsumer<InformationRequestAnswered>
{
    /// <summary>The queue, and the consumer name in the inbox.</summary>
    public const string Name = "fiu-information-request-answers";

    public async Task Consume(ConsumeContext<InformationRequestAnswered> context)
    {
        var cancellationToken = context.CancellationToken;
        // Note: a retry runs in the same scope; what the failed attempt left tracked would otherwise be saved again.
        db.ChangeTracker.Clear();
        var message = context.Message;
        // Note: the enforcement point let the message in, so its envelope is there and gives the FIU a basis to take it.
        var envelope = message.Envelope!;
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.IsRedeliveryAsync(Name, context.MessageId, now, cancellationToken))
        {
            LogDuplicateMessage(context.MessageId!.Value, message.RequestReference);
            return;
        }

        var recipient = await db.RequestRecipients.AsNoTracking().Include(r => r.Request)
            .SingleOrDefaultAsync(r => r.Id == message.RequestId, cancellationToken);
        var refusal = Check(message, envelope, recipient);
        if (refusal is null)
        {
            // Note: only a copy still waiting takes the answer; a withdrawal or another answer racing this one has
            // changed the status first, and this update then finds nothing to change.
            var taken = await db.Database.ExecuteSqlAsync(
                $"""
                UPDATE information_request_recipients SET status = {nameof(RecipientStatus.Answered)}, answered_at = {message.AnsweredAt}
                WHERE id = {message.RequestId} AND status = {nameof(RecipientStatus.Sent)}
                """, cancellationToken);
            refusal = taken == 1 ? null
                : await db.RequestRecipients.Where(r => r.Id == message.RequestId).Select(r => r.Status).SingleAsync(cancellationToken) == RecipientStatus.Withdrawn
                    ? Refusal.Withdrawn : Refusal.AlreadyAnswered;
        }

        if (refusal is { } refused)
        {
            await AuditLog.AppendAsync(db, [Record(message, envelope, recipient, AuditOutcome.Denied, refused.Code, now)], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogRefused(message.RequestReference, envelope.Sender, refused.Code);
            return;
        }

        db.RequestAnswers.Add(new RecipientAnswer
        {
            RecipientId = recipient!.Id,
            Reference = recipient.Reference,
            BankOrganisationId = recipient.BankOrganisationId,
            Answers = JsonSerializer.Serialize(message.Answers, ContractJson.Options),
            Envelope = JsonSerializer.Serialize(envelope, ContractJson.Options),
            AgreementId = envelope.AgreementId,
            RetainUntil = envelope.RetainUntil,
            AnsweredBy = message.AnsweredBy,
            AnsweredAt = message.AnsweredAt,
            ReceivedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await AuditLog.AppendAsync(db, [Record(message, envelope, recipient, AuditOutcome.Permitted, "", now)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
        {
            var matches = message.Answers.Count(a => a.Result == MatchResult.Match);
            LogAnswered(recipient.Request!.Reference, recipient.BankOrganisationId, matches);
        }
    }

    /// <summary>Why the answer cannot be taken, before looking at the copy's status; null when it can.</summary>
    private static Refusal? Check(InformationRequestAnswered message, SharingEnvelope envelope, RequestRecipient? recipient)
    {
        // Note: a bank answering a copy that is not its own learns nothing from the refusal: it is only logged and audited.
        if (recipient is null || !string.Equals(recipient.BankOrganisationId, envelope.Sender, StringComparison.Ordinal)
            || !string.Equals(message.BankOrganisationId, envelope.Sender, StringComparison.Ordinal))
        {
            return Refusal.NotAsked;
        }

        if (envelope.AgreementId != recipient.Request!.AgreementId)
        {
            return Refusal.OtherAgreement;
        }

        var subjects = JsonSerializer.Deserialize<List<RequestedSubject>>(recipient.Request.Subjects, ContractJson.Options)!.Select(s => s.LocalId).ToHashSet(StringComparer.Ordinal);
        var answered = (message.Answers ?? []).Where(a => a is not null).Select(a => a.Subject).ToList();
        if (answered.Count != (message.Answers?.Count ?? 0) || answered.Count != subjects.Count || !subjects.SetEquals(answered))
        {
            return Refusal.Incomplete;
        }

        // Note: the envelope's categories are what the agreement was asked about; details beyond them were never permitted.
        var carried = RequestBasis.CategoriesOf(message.Answers!);
        if (message.Answers!.Any(a => a.Result != MatchResult.Match && a.Details is not null) || carried.Except(envelope.DataCategories).Any())
        {
            return Refusal.DetailsBeyondBasis;
        }

        return null;
    }

    private static AuditRecord Record(InformationRequestAnswered message, SharingEnvelope envelope, RequestRecipient? recipient, AuditOutcome outcome, string reasons, DateTimeOffset now) => new()
    {
        Kind = AuditKind.Decision,
        Actor = envelope.Sender,
        Action = $"take answer to information request from {envelope.Sender}",
        // Note: the bank's reference as the bank gave it, so that oversight finds the answer by it, refused or not.
        Subject = $"information-request:{recipient?.Reference ?? message.RequestReference}",
        Outcome = outcome,
        AgreementId = envelope.AgreementId,
        AgreementVersion = envelope.AgreementVersion,
        Reasons = reasons,
        Details = recipient?.Request is { } request ? JsonSerializer.Serialize(new { lineage = new[] { request.Reference, recipient.Reference } }) : null,
        RecordedAt = now,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Answer message {MessageId} to {Reference} was already processed; skipped")]
    private partial void LogDuplicateMessage(Guid messageId, string reference);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an answer to {Reference} from {Bank}: {Reason}")]
    private partial void LogRefused(string reference, string bank, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Answer to {Reference} from {Bank}: {Matches} match(es)")]
    private partial void LogAnswered(string reference, string bank, int matches);

    /// <summary>Why an answer was refused, as the audit chain records it.</summary>
    private sealed record Refusal(string Code)
    {
        /// <summary>No copy of a request with this id went to the answering bank.</summary>
        public static readonly Refusal NotAsked = new("request-not-addressed-to-bank");

        public static readonly Refusal Withdrawn = new("request-withdrawn");

        public static readonly Refusal AlreadyAnswered = new("request-already-answered");

        public static readonly Refusal OtherAgreement = new("answer-under-another-agreement");

        public static readonly Refusal Incomplete = new("answer-not-every-subject-once");

        public static readonly Refusal DetailsBeyondBasis = new("answer-details-beyond-envelope");
    }
}
