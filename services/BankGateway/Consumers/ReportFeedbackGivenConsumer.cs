using System.Text.Json;
using Concord.BankGateway.Inbox;
using Concord.BankGateway.Persistence;
using Concord.Contracts.Feedback;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.Consumers;

/// <summary>
/// Keeps the FIU's feedback with the bank's own report, once, until the envelope's <c>retainUntil</c>. Feedback naming
/// a report that is not the named bank's (or a bank its envelope does not address) is not stored.
/// </summary>
public sealed partial class ReportFeedbackGivenConsumer(GatewayDbContext db, TimeProvider time, ILogger<ReportFeedbackGivenConsumer> logger)
    : IConsumer<ReportFeedbackGiven>
{
    public const string Name = "bank-gateway-report-feedback";

    public async Task Consume(ConsumeContext<ReportFeedbackGiven> context)
    {
        var cancellationToken = context.CancellationToken;
        var message = context.Message;
        var envelope = message.Envelope!;
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.IsRedeliveryAsync(Name, context.MessageId, now, cancellationToken))
        {
            LogDuplicate(message.ConcordReference);
            return;
        }

        if (await db.ReportFeedback.AnyAsync(f => f.Id == message.FeedbackId, cancellationToken))
        {
            // The same feedback under a new message id: stored once; the message is recorded as processed.
            LogDuplicate(message.ConcordReference);
            await transaction.CommitAsync(cancellationToken);
            return;
        }

        var report = envelope.Recipients.Contains(message.BankOrganisationId, StringComparer.Ordinal)
            ? await db.Reports.Where(r => r.Id == message.ReportId && r.BankOrganisationId == message.BankOrganisationId)
                .Select(r => new { r.Id, r.ConcordReference }).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (report is null)
        {
            LogNotApplied(message.ConcordReference);
            await transaction.CommitAsync(cancellationToken);
            return;
        }

        db.ReportFeedback.Add(new ReceivedFeedback
        {
            Id = message.FeedbackId,
            ReportId = report.Id,
            BankOrganisationId = message.BankOrganisationId,
            ConcordReference = report.ConcordReference,
            Outcome = message.Outcome,
            Comment = message.Comment,
            GivenBy = message.GivenBy,
            GivenAt = message.GivenAt,
            ReceivedAt = now,
            Envelope = JsonSerializer.Serialize(envelope, ContractJson.Options),
            RetainUntil = envelope.RetainUntil,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogReceived(report.ConcordReference, message.Outcome);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback on {ConcordReference}: {Outcome}")]
    private partial void LogReceived(string concordReference, FeedbackOutcome outcome);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Feedback on {ConcordReference} was already received; skipped")]
    private partial void LogDuplicate(string concordReference);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback on {ConcordReference} changed nothing (not a report of the bank it names)")]
    private partial void LogNotApplied(string concordReference);
}
