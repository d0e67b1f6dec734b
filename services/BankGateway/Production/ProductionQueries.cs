using System.Text.Json;
using Concord.BankGateway.Filing;
using Concord.BankGateway.Inbox;
using Concord.BankGateway.Persistence;
using Concord.Contracts.Requests;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.Production;

/// <summary>
/// Reads of a bank's production requests. Every query is scoped by the caller's organisation, so another bank's request
/// is indistinguishable from one that does not exist; each request shown is a read of partnership data, and audited.
/// </summary>
public sealed class ProductionQueries(GatewayDbContext db, IAuditSink audit, TimeProvider time)
{
    public const int MaxPageSize = 200;

    public async Task<ProductionRequestDetails?> FindAsync(Caller caller, string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var request = await db.ProductionRequests.AsNoTracking()
            .Where(r => r.BankOrganisationId == caller.OrganisationId && r.Reference == reference)
            .SingleOrDefaultAsync(cancellationToken);
        if (request is null)
        {
            return null;
        }

        // Note: the documents' metadata only; their content was sent and is not read back here.
        var documents = await db.Set<ProductionDocument>().AsNoTracking()
            .Where(d => d.ProductionRequestId == request.Id)
            .OrderBy(d => d.Position)
            .Select(d => new ProducedDocumentEntry(d.Id, d.FileName, d.MediaType, d.Description, d.SizeBytes, d.Sha256))
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        await AuditReadsAsync(caller, [request], "read production request", now, cancellationToken);
        return Details(request, documents, now);
    }

    public async Task<ProductionRequestPage> ListAsync(Caller caller, ProductionRequestStatus? status, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var now = time.GetUtcNow();
        var query = db.ProductionRequests.AsNoTracking().Where(r => r.BankOrganisationId == caller.OrganisationId);
        query = status switch
        {
            ProductionRequestStatus.Open => query.Where(r => r.AnsweredAt == null && r.Deadline >= now),
            ProductionRequestStatus.Overdue => query.Where(r => r.AnsweredAt == null && r.Deadline < now),
            ProductionRequestStatus.Answered => query.Where(r => r.AnsweredAt != null),
            _ => query,
        };

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        await AuditReadsAsync(caller, items, "list production request", now, cancellationToken);
        return new ProductionRequestPage([.. items.Select(r => Summary(r, now))], page, pageSize, total);
    }

    private async Task AuditReadsAsync(Caller caller, List<ProductionRequest> requests, string action, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (requests.Count == 0)
        {
            return;
        }

        await audit.AppendAsync([.. requests.Select(request => new AuditRecord
        {
            Kind = AuditKind.Read,
            Actor = caller.Actor,
            Action = action,
            Subject = $"production-request:{request.Reference}",
            Outcome = AuditOutcome.Performed,
            AgreementId = request.AgreementId,
            RecordedAt = now,
        })], cancellationToken);
    }

    private static ProductionRequestStatus StatusOf(ProductionRequest request, DateTimeOffset now) =>
        request.AnsweredAt is not null ? ProductionRequestStatus.Answered
        : now > request.Deadline ? ProductionRequestStatus.Overdue
        : ProductionRequestStatus.Open;

    private static ProductionRequestSummary Summary(ProductionRequest request, DateTimeOffset now)
    {
        var status = StatusOf(request, now);
        var subjects = JsonSerializer.Deserialize<List<RequestedSubject>>(request.Subjects, ContractJson.Options) ?? [];
        return new ProductionRequestSummary(request.Reference, request.RequestedBy, request.Description, status, request.RequestedAt, request.Deadline,
            status == ProductionRequestStatus.Overdue, subjects.Count, request.AnsweredAt);
    }

    private static ProductionRequestDetails Details(ProductionRequest request, IReadOnlyList<ProducedDocumentEntry> documents, DateTimeOffset now)
    {
        var status = StatusOf(request, now);
        var envelope = JsonSerializer.Deserialize<SharingEnvelope>(request.Envelope, ContractJson.Options)!;
        var answer = request.AnsweredAt is { } answeredAt
            ? new ProductionAnswerDetails(answeredAt, request.AnsweredBy!, request.AnswerMarking ?? Tlp.Amber, request.AnswerComment, documents)
            : null;
        return new ProductionRequestDetails(
            request.Reference, request.RequestedBy, request.RequestedByPerson, status, request.RequestedAt, request.ReceivedAt, request.Deadline,
            status == ProductionRequestStatus.Overdue, request.Description, request.LegalInstrument,
            JsonSerializer.Deserialize<List<RequestedSubject>>(request.Subjects, ContractJson.Options) ?? [],
            new InboxBasis(envelope.AgreementId, envelope.AgreementVersion, envelope.LegalGateway, envelope.Purpose, envelope.Handling.Marking,
                envelope.Handling.OnwardSharing, envelope.RetainUntil),
            answer);
    }
}
