using System.Text.Json;
using Concord.BankGateway.Inbox;
using Concord.BankGateway.Persistence;
using Concord.Contracts.Requests;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.Consumers;

/// <summary>
/// Puts a request for information in the inbox of the bank it is addressed to, once: the inbox skips a redelivered
/// message and the FIU's id of the bank's copy is the row's key. A request whose envelope does not address the bank it
/// names is not stored.
/// </summary>
public sealed partial class InformationRequestedConsumer(GatewayDbContext db, TimeProvider time, ILogger<InformationRequestedConsumer> logger)
    : IConsumer<InformationRequested>
{
    /// <summary>The queue, and the consumer name in the inbox.</summary>
    public const string Name = "bank-gateway-information-requested";

    public async Task Consume(ConsumeContext<InformationRequested> context)
    {
        var cancellationToken = context.CancellationToken;
        var message = context.Message;
        // Note: the enforcement point took delivery for a bank the envelope addresses; the request must name that bank.
        var envelope = message.Envelope!;
        if (!envelope.Recipients.Contains(message.BankOrganisationId, StringComparer.Ordinal))
        {
            LogMisaddressed(message.RequestReference, message.BankOrganisationId);
            return;
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.IsRedeliveryAsync(Name, context.MessageId, now, cancellationToken))
        {
            LogDuplicate(message.RequestReference);
            return;
        }

        if (await db.InboxRequests.AnyAsync(r => r.Id == message.RequestId, cancellationToken))
        {
            // The same request under a new message id: stored once; the message is recorded as processed.
            LogDuplicate(message.RequestReference);
            await transaction.CommitAsync(cancellationToken);
            return;
        }

        db.InboxRequests.Add(new InboxRequest
        {
            Id = message.RequestId,
            Reference = message.RequestReference,
            BankOrganisationId = message.BankOrganisationId,
            RequestedBy = message.RequestedBy,
            Subjects = JsonSerializer.Serialize(message.Subjects, ContractJson.Options),
            Reason = message.Reason,
            Deadline = message.Deadline,
            RequestedAt = message.RequestedAt,
            ReceivedAt = now,
            Envelope = JsonSerializer.Serialize(envelope, ContractJson.Options),
            AgreementId = envelope.AgreementId,
            RetainUntil = envelope.RetainUntil,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogReceived(message.RequestReference, message.BankOrganisationId, message.Deadline);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Request for information {Reference} for {Bank}, due {Deadline}")]
    private partial void LogReceived(string reference, string bank, DateTimeOffset deadline);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Request for information {Reference} was already received; skipped")]
    private partial void LogDuplicate(string reference);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request for information {Reference} names {Bank}, which its envelope does not address; not stored")]
    private partial void LogMisaddressed(string reference, string bank);
}
