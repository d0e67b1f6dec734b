using Concord.Agreements.Domain;
using Concord.Agreements.Lifecycle;
using Concord.Agreements.Persistence;
using Concord.Agreements.Validation;
using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Concord.Agreements.Consumers;

/// <summary>
/// Keeps the consent requests services send for their organisations, for the originator to answer. The request's own id
/// makes a redelivery land on the row it made; a malformed request is logged and dropped, since it would fail the same
/// way on every redelivery.
/// </summary>
public sealed partial class ConsentRequestConsumer(AgreementsDbContext db, TimeProvider time, ILogger<ConsentRequestConsumer> logger) : IConsumer<OnwardSharingConsentRequested>
{
    /// <summary>The queue, shared by the service's replicas.</summary>
    public const string Name = "agreements-consent-requests";

    public async Task Consume(ConsumeContext<OnwardSharingConsentRequested> context)
    {
        var message = context.Message;
        var cancellationToken = context.CancellationToken;
        if (Problem(message) is { } problem)
        {
            LogMalformed(message.RequestId, problem);
            return;
        }

        var now = time.Now();
        var request = new StoredConsentRequest
        {
            Id = message.RequestId,
            Originator = message.Originator,
            RequestedBy = message.RequestedBy,
            RequestedByPerson = message.RequestedByPerson,
            Recipient = message.Recipient,
            Purpose = message.Purpose,
            Subject = message.Subject,
            SubjectReference = message.SubjectReference,
            Justification = message.Justification,
            RequestedUntil = message.RequestedUntil.ToStoredPrecision(),
            RequestedAt = message.RequestedAt.ToStoredPrecision(),
            ReceivedAt = now,
            Status = ConsentRequestStatus.Pending,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var inserted = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO consent_requests (id, originator, requested_by, requested_by_person, recipient, purpose, subject, subject_reference,
                justification, requested_until, requested_at, received_at, status)
            VALUES ({request.Id}, {request.Originator}, {request.RequestedBy}, {request.RequestedByPerson}, {request.Recipient},
                {request.Purpose.ToString()}, {request.Subject}, {request.SubjectReference}, {request.Justification}, {request.RequestedUntil},
                {request.RequestedAt}, {request.ReceivedAt}, {request.Status.ToString()})
            ON CONFLICT (id) DO NOTHING
            """, cancellationToken);
        if (inserted == 0)
        {
            return;
        }

        await AuditLog.AppendAsync(db, [AgreementAudit.ConsentRequest($"{request.RequestedBy}/{request.RequestedByPerson}", "request consent", request, now)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogReceived(request.Id, request.RequestedBy, request.Originator, request.Recipient, request.Purpose);
    }

    /// <summary>What makes the request unusable, or null.</summary>
    internal static string? Problem(OnwardSharingConsentRequested message)
    {
        if (message.RequestId == Guid.Empty)
        {
            return "no request id";
        }

        foreach (var (name, value) in new[] { ("originator", message.Originator), ("requestedBy", message.RequestedBy), ("recipient", message.Recipient) })
        {
            if (value is null || !Patterns.OrganisationId().IsMatch(value))
            {
                return $"{name} is not an organisation id";
            }
        }

        if (message.Originator == message.RequestedBy || message.Originator == message.Recipient)
        {
            return "the originator needs no consent to share its own data";
        }

        if (!Enum.IsDefined(message.Purpose))
        {
            return "the purpose is not defined";
        }

        var texts = new[]
        {
            ("requestedByPerson", message.RequestedByPerson, ConsentRequestLimits.PersonLength),
            ("subject", message.Subject, ConsentRequestLimits.SubjectLength),
            ("subjectReference", message.SubjectReference, ConsentRequestLimits.ReferenceLength),
            ("justification", message.Justification, ConsentRequestLimits.JustificationLength),
        };
        foreach (var (name, value, max) in texts)
        {
            if (string.IsNullOrWhiteSpace(value) || value.Length > max)
            {
                return $"{name} is empty or longer than {max} characters";
            }
        }

        return message.RequestedUntil <= message.RequestedAt ? "requestedUntil is not after requestedAt" : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Malformed consent request {RequestId} dropped: {Problem}")]
    private partial void LogMalformed(Guid requestId, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Consent request {RequestId}: {RequestedBy} asks {Originator} to let it pass data on to {Recipient} for {Purpose}")]
    private partial void LogReceived(Guid requestId, string requestedBy, string originator, string recipient, Purpose purpose);
}
