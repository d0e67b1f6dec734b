using System.Text.Json;
using Concord.BankGateway.Filing;
using Concord.BankGateway.Persistence;
using Concord.Contracts.Cases;
using Concord.Contracts.Filing;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.Production;

/// <summary>
/// Answers a production request for the bank it was addressed to, once: the documents checked, decided on before
/// anything is stored, then the answer with its documents, its <see cref="ProductionRequestAnswered"/> in the outbox
/// and the decision in the audit chain commit together. The answer goes back to the organisation that asked, under the
/// request's agreement, for purpose Investigation, with the bank's marking; the task force may pass it on only with
/// the bank's consent.
/// </summary>
public sealed partial class ProductionAnswerer(
    GatewayDbContext db,
    LegalBasisGuard guard,
    IAuditSink audit,
    TimeProvider time,
    ILogger<ProductionAnswerer> logger)
{
    public const OnwardSharingRule OnwardSharing = OnwardSharingRule.WithOriginatorConsent;

    public async Task<ProductionAnswerResult> AnswerAsync(Caller caller, string reference, AnswerUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(upload);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Note: the row lock orders two answers to one request; the second sees the first and is refused.
        var id = await db.Database.SqlQuery<Guid>(
            $"""SELECT id AS "Value" FROM production_requests WHERE reference = {reference} AND bank_organisation_id = {caller.OrganisationId} FOR UPDATE""")
            .SingleOrDefaultAsync(cancellationToken);
        var request = id == Guid.Empty ? null : await db.ProductionRequests.SingleAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return ProductionAnswerResult.Failed(ProductionAnswerOutcome.NotFound);
        }

        if (request.AnsweredAt is { } answeredAt)
        {
            return ProductionAnswerResult.Failed(ProductionAnswerOutcome.AlreadyAnswered, detail: $"{reference} was answered at {answeredAt:O}; an answer is given once.");
        }

        var (answer, errors) = AnswerChecker.Check(upload);
        if (answer is null)
        {
            return ProductionAnswerResult.Failed(ProductionAnswerOutcome.Invalid, errors);
        }

        // Note: to the microsecond PostgreSQL keeps, so the receipt says what a later read will find stored.
        var now = time.GetUtcNow();
        now = now.AddTicks(-(now.UtcTicks % 10));
        var received = JsonSerializer.Deserialize<SharingEnvelope>(request.Envelope, ContractJson.Options)!;
        var categories = CategoriesOf(answer);
        var (decision, envelope) = guard.Reply(received, caller.OrganisationId, Purpose.Investigation, categories, answer.Marking, OnwardSharing, [request.Reference]);
        var record = DecisionAudit.Record(decision, caller.Actor, "answer production request", received.Sender, $"production-request:{request.Reference}", now, [request.Reference]);
        if (!decision.IsPermitted)
        {
            await transaction.RollbackAsync(cancellationToken);
            // Note: a refusal stores nothing but is a decision all the same, and every decision is audited.
            await audit.AppendAsync([record], cancellationToken);
            LogRefused(request.Reference, caller.OrganisationId, decision.Reasons.Codes());
            return ProductionAnswerResult.Failed(ProductionAnswerOutcome.NoLegalBasis, [.. decision.Reasons.Split().Select(reason => new FieldError
            {
                Path = "",
                Code = reason.Code(),
                Message = $"No legal basis for {caller.OrganisationId} to answer {received.Sender} with {string.Join(", ", categories)} at TLP:{answer.Marking}: {reason.Describe()}",
            })]);
        }

        var documents = answer.Documents.Select((document, position) => new ProductionDocument
        {
            Id = Guid.CreateVersion7(now),
            ProductionRequestId = request.Id,
            Position = position,
            FileName = document.FileName,
            MediaType = document.MediaType,
            Description = document.Description,
            SizeBytes = document.Content.LongLength,
            Sha256 = document.Sha256,
            Content = document.Content,
        }).ToList();
        request.AnsweredAt = now;
        request.AnsweredBy = caller.ClientId;
        request.AnswerComment = answer.Comment;
        request.AnswerMarking = envelope.Handling.Marking;
        request.Documents.AddRange(documents);
        db.AddOutboxMessage(new ProductionRequestAnswered
        {
            ProductionRequestId = request.Id,
            RequestReference = request.Reference,
            BankOrganisationId = caller.OrganisationId,
            Documents = [.. documents.Select(d => new ProducedDocument
            {
                DocumentId = d.Id,
                FileName = d.FileName,
                MediaType = d.MediaType,
                Description = d.Description,
                Content = d.Content,
                Sha256 = d.Sha256,
            })],
            Comment = answer.Comment,
            AnsweredBy = caller.ClientId,
            AnsweredAt = now,
            Envelope = envelope,
        }, now);
        await db.SaveChangesAsync(cancellationToken);
        await AuditLog.AppendAsync(db, [record with { Kind = AuditKind.Dissemination }], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var bytes = documents.Sum(d => d.SizeBytes);
        LogAnswered(request.Reference, caller.OrganisationId, documents.Count, bytes);
        return new ProductionAnswerResult(ProductionAnswerOutcome.Answered,
            new ProductionAnswerReceipt(request.Reference, now, envelope.Handling.Marking, [.. documents.Select(ProducedDocumentEntry.From)]), []);
    }

    /// <summary>
    /// The categories an answer holds. The gateway does not read inside documents, so documents are declared as all a
    /// production is for (who the subjects are, their accounts and transactions); a comment is narrative.
    /// </summary>
    public static IReadOnlyList<DataCategory> CategoriesOf(CheckedAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        List<DataCategory> categories = [DataCategory.SubjectIdentity, DataCategory.AccountData, DataCategory.TransactionData];
        if (answer.Comment is not null)
        {
            categories.Add(DataCategory.Narrative);
        }

        return categories;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Bank} answered production request {Reference} with {Documents} document(s), {Bytes} bytes")]
    private partial void LogAnswered(string reference, string bank, int documents, long bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Bank}'s answer to production request {Reference} refused: no legal basis ({Reasons})")]
    private partial void LogRefused(string reference, string bank, string reasons);
}
