using System.Text.Json;
using Concord.BankGateway.Persistence;
using Concord.BankGateway.Production;
using Concord.Contracts.Cases;
using Concord.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.Consumers;

/// <summary>
/// Puts a task force's production request in the inbox of the bank it is addressed to, once: the task force's id of the
/// bank's copy is the row's key. A request whose envelope does not address the bank it names, or was not sent by the
/// organisation it says asks (to which the answer would go), is not stored.
/// </summary>
public sealed partial class ProductionRequestedConsumer(GatewayDbContext db, TimeProvider time, ILogger<ProductionRequestedConsumer> logger)
    : IConsumer<ProductionRequested>
{
    /// <summary>The queue, and the consumer name in the inbox.</summary>
    public const string Name = "bank-gateway-production-requested";

    public async Task Consume(ConsumeContext<ProductionRequested> context)
    {
        var message = context.Message;
        // Note: the enforcement point took delivery for a bank the envelope addresses; the request must name that bank.
        var envelope = message.Envelope!;
        if (!envelope.Recipients.Contains(message.BankOrganisationId, StringComparer.Ordinal) || envelope.Sender != message.RequestedBy)
        {
            LogMisaddressed(message.RequestReference, message.BankOrganisationId, message.RequestedBy);
            return;
        }

        var now = time.GetUtcNow();
        var outcome = await InboxDelivery.StoreOnceAsync(db, Name, context.MessageId, now,
            cancellationToken => db.ProductionRequests.AnyAsync(r => r.Id == message.ProductionRequestId, cancellationToken),
            _ =>
            {
                db.ProductionRequests.Add(new ProductionRequest
                {
                    Id = message.ProductionRequestId,
                    Reference = message.RequestReference,
                    BankOrganisationId = message.BankOrganisationId,
                    RequestedBy = message.RequestedBy,
                    RequestedByPerson = message.RequestedByPerson,
                    Description = message.Description,
                    Subjects = JsonSerializer.Serialize(message.Subjects, ContractJson.Options),
                    LegalInstrument = message.LegalInstrument,
                    Deadline = message.Deadline,
                    RequestedAt = message.RequestedAt,
                    ReceivedAt = now,
                    Envelope = JsonSerializer.Serialize(envelope, ContractJson.Options),
                    AgreementId = envelope.AgreementId,
                    RetainUntil = envelope.RetainUntil,
                });
                return Task.FromResult(true);
            },
            context.CancellationToken);
        if (outcome == InboxDeliveryOutcome.Stored)
        {
            LogReceived(message.RequestReference, message.BankOrganisationId, message.RequestedBy, message.Deadline);
        }
        else
        {
            LogDuplicate(message.RequestReference);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Production request {Reference} for {Bank} from {RequestedBy}, due {Deadline}")]
    private partial void LogReceived(string reference, string bank, string requestedBy, DateTimeOffset deadline);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Production request {Reference} was already received; skipped")]
    private partial void LogDuplicate(string reference);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Production request {Reference} names {Bank} and {RequestedBy}, which its envelope does not address and send; not stored")]
    private partial void LogMisaddressed(string reference, string bank, string requestedBy);
}
