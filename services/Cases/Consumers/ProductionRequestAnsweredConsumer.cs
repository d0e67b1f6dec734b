using System.Security.Cryptography;
using System.Text.Json;
using Concord.Cases.Domain;
using Concord.Cases.Persistence;
using Concord.Cases.Workflow;
using Concord.Contracts.Cases;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Concord.Cases.Consumers;

/// <summary>
/// Takes a bank's answer to a production request, once, as an item of the case with its documents. An answer to an
/// unknown request, from a bank other than the one asked, a second answer, one whose documents do not match their
/// digests, or one the case cannot take (closed) is refused: logged and audited, never stored — and the message is
/// consumed, so it does not come back.
/// </summary>
public sealed partial class ProductionRequestAnsweredConsumer(
    CasesDbContext db, CaseDesk desk, TimeProvider time, ILogger<ProductionRequestAnsweredConsumer> logger) : IConsumer<ProductionRequestAnswered>
{
    /// <summary>The queue, and the consumer name in the inbox.</summary>
    public const string Name = "cases-production-answers";

    public async Task Consume(ConsumeContext<ProductionRequestAnswered> context)
    {
        var cancellationToken = context.CancellationToken;
        db.ChangeTracker.Clear();
        var message = context.Message;
        var envelope = message.Envelope!;
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.IsRedeliveryAsync(Name, context.MessageId, now, cancellationToken))
        {
            LogDuplicateMessage(context.MessageId!.Value, message.RequestReference);
            return;
        }

        var request = await db.ProductionRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == message.ProductionRequestId, cancellationToken);
        var refusal = await CheckAsync(message, envelope, request, cancellationToken);
        Guid? itemId = null;
        if (refusal is null)
        {
            var events = await desk.EventsAsync(request!.CaseId, cancellationToken);
            var state = CaseDecider.Fold(events.Select(e => CaseEventJson.Deserialize(e.Payload)));
            var item = Item(message, envelope, request, now);
            var command = new RecordProduction { ProductionRequestId = request.Id, BankOrganisationId = message.BankOrganisationId, Item = item };
            var result = await desk.ExecuteAsync(state, [command], new CaseActor(message.AnsweredBy ?? "", envelope.Sender), now, cancellationToken, (next, _, _) =>
            {
                db.Documents.AddRange(message.Documents.Select(document => new StoredDocument
                {
                    Id = document.DocumentId, CaseId = next.CaseId, ItemId = item.ItemId, FileName = document.FileName, MediaType = document.MediaType,
                    Sha256 = document.Sha256.ToLowerInvariant(), Content = document.Content, ReceivedAt = now,
                }));
                return Task.FromResult<CaseRejection?>(null);
            });
            refusal = result.Rejection is { } rejected ? Code(rejected.Code) : null;
            itemId = item.ItemId;
        }

        if (refusal is not null)
        {
            await AuditLog.AppendAsync(db, [Record(message, envelope, AuditOutcome.Denied, refusal, now)], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogRefused(message.RequestReference, envelope.Sender, refusal);
            return;
        }

        await AuditLog.AppendAsync(db, [Record(message, envelope, AuditOutcome.Permitted, "", now)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogAnswered(message.RequestReference, envelope.Sender, message.Documents.Count, itemId!.Value);
    }

    /// <summary>Why the answer cannot be taken, before the case is asked; null when it can.</summary>
    private async Task<string?> CheckAsync(ProductionRequestAnswered message, SharingEnvelope envelope, StoredProductionRequest? request, CancellationToken cancellationToken)
    {
        // Note: a bank answering a request that is not its own learns nothing: the refusal is only logged and audited.
        if (request is null || !string.Equals(request.BankOrganisationId, envelope.Sender, StringComparison.Ordinal)
            || !string.Equals(request.BankOrganisationId, envelope.Originator, StringComparison.Ordinal)
            || !string.Equals(message.BankOrganisationId, envelope.Sender, StringComparison.Ordinal))
        {
            return "request-not-addressed-to-bank";
        }

        if (!envelope.Recipients.Contains(request.RequestedByOrganisation, StringComparer.Ordinal))
        {
            return "answer-not-addressed-to-requester";
        }

        if (request.AnsweredAt is not null)
        {
            return "request-already-answered";
        }

        // Note: a malformed answer is refused here rather than failing on insert, which would redeliver it for ever.
        if (message.Documents is not { } documents || documents.Any(document => document is null || string.IsNullOrWhiteSpace(document.FileName)
            || document.FileName.Length > 255 || string.IsNullOrWhiteSpace(document.MediaType) || document.MediaType.Length > 127))
        {
            return "documents-malformed";
        }

        if (documents.Any(document => document.Content is null || !Matches(document.Content, document.Sha256)))
        {
            return "document-digest-mismatch";
        }

        var ids = documents.Select(document => document.DocumentId).ToList();
        if (ids.Distinct().Count() != ids.Count || await db.Documents.AnyAsync(d => ids.Contains(d.Id), cancellationToken))
        {
            return "document-id-reused";
        }

        return null;
    }

    private static bool Matches(byte[] content, string? sha256) =>
        sha256 is { Length: 64 } && string.Equals(Convert.ToHexStringLower(SHA256.HashData(content)), sha256, StringComparison.OrdinalIgnoreCase);

    private static CaseItem Item(ProductionRequestAnswered message, SharingEnvelope envelope, StoredProductionRequest request, DateTimeOffset now) => new()
    {
        ItemId = Guid.CreateVersion7(now), Kind = ItemKind.ProducedDocuments, Title = $"Documents produced by {envelope.Sender} ({request.Reference})",
        Text = message.Comment, Originator = envelope.Originator, Holder = request.RequestedByOrganisation, AgreementId = envelope.AgreementId,
        LegalGateway = envelope.LegalGateway, Marking = envelope.Handling.Marking, OnwardSharing = envelope.Handling.OnwardSharing,
        Categories = envelope.DataCategories, Grading = envelope.SourceGrading, RetainUntil = envelope.RetainUntil,
        Documents = [.. message.Documents.Select(d => new ItemDocument(d.DocumentId, d.FileName, d.MediaType, d.Description, d.Sha256.ToLowerInvariant(), d.Content.LongLength))],
        AddedBy = message.AnsweredBy ?? "", AddedByOrganisation = envelope.Sender, AddedAt = now,
    };

    /// <summary>The case's refusal as the audit chain names it; a lost race is retried, never refused.</summary>
    private static string Code(string rejection) => rejection switch
    {
        CaseErrorCodes.ConcurrentChange => throw new InvalidOperationException("The case changed while the answer was taken; it is tried again."),
        CaseErrorCodes.ProductionRequestAlreadyAnswered => "request-already-answered",
        CaseErrorCodes.NotTheBankAsked or CaseErrorCodes.ProductionRequestNotFound => "request-not-addressed-to-bank",
        CaseErrorCodes.CaseClosed => "case-closed",
        CaseErrorCodes.AnswerUnderOtherAgreement => "answer-under-another-agreement",
        _ => rejection,
    };

    private static AuditRecord Record(ProductionRequestAnswered message, SharingEnvelope envelope, AuditOutcome outcome, string reasons, DateTimeOffset now) => new()
    {
        Kind = AuditKind.Decision,
        Actor = envelope.Sender,
        Action = $"take answer to production request from {envelope.Sender}",
        Subject = $"production-request:{message.RequestReference}",
        Outcome = outcome,
        AgreementId = envelope.AgreementId,
        AgreementVersion = envelope.AgreementVersion,
        Reasons = reasons,
        Details = JsonSerializer.Serialize(new { lineage = new[] { message.RequestReference }, documents = message.Documents?.Count ?? 0 }),
        RecordedAt = now,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Answer message {MessageId} to {Reference} was already processed; skipped")]
    private partial void LogDuplicateMessage(Guid messageId, string reference);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an answer to production request {Reference} from {Bank}: {Reason}")]
    private partial void LogRefused(string reference, string bank, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Answer to production request {Reference} from {Bank}: {Documents} document(s), item {ItemId}")]
    private partial void LogAnswered(string reference, string bank, int documents, Guid itemId);
}
