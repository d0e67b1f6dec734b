using System.Text.Json;
using Concord.Cases.Persistence;
using Concord.Contracts.Cases;
using Concord.LegalBasis.Audit;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Concord.Cases.Consumers;

/// <summary>
/// Takes an FIU's dissemination, once, as pending for the organisation its envelope addresses (the enforcement point
/// let it in for that organisation): the inbox skips a redelivered message and the reference keeps a second copy out.
/// </summary>
public sealed partial class IntelligenceDisseminatedConsumer(CasesDbContext db, TimeProvider time, ILogger<IntelligenceDisseminatedConsumer> logger)
    : IConsumer<IntelligenceDisseminated>
{
    /// <summary>The queue, and the consumer name in the inbox.</summary>
    public const string Name = "cases-intelligence-disseminated";

    public async Task Consume(ConsumeContext<IntelligenceDisseminated> context)
    {
        var cancellationToken = context.CancellationToken;
        // Note: a retry runs in the same scope; what the failed attempt left tracked would otherwise be saved again.
        db.ChangeTracker.Clear();
        var message = context.Message;
        var envelope = message.Envelope!;
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.IsRedeliveryAsync(Name, context.MessageId, now, cancellationToken))
        {
            LogDuplicateMessage(context.MessageId!.Value, message.DisseminationReference);
            return;
        }

        // Note: the recipient the message names must be the one its envelope was admitted for, and the only one.
        var refusal = envelope.Recipients.Count != 1 || !string.Equals(envelope.Recipients[0], message.RecipientOrganisationId, StringComparison.Ordinal)
            ? "recipient-not-the-envelopes"
            : !string.Equals(envelope.Sender, message.DisseminatedBy, StringComparison.Ordinal) ? "disseminator-not-the-sender"
            : string.IsNullOrWhiteSpace(message.DisseminationReference) || message.DisseminationReference.Length > 32 ? "reference-malformed"
            : await db.Disseminations.AnyAsync(d => d.Id == message.DisseminationId || d.Reference == message.DisseminationReference, cancellationToken) ? "dissemination-already-received"
            : null;
        if (refusal is null)
        {
            db.Disseminations.Add(new StoredDissemination
            {
                Id = message.DisseminationId, Reference = message.DisseminationReference, RecipientOrganisationId = message.RecipientOrganisationId,
                Title = Bounded(message.Title, 500), AnalysisNote = message.AnalysisNote ?? "",
                Reports = JsonSerializer.Serialize(message.Reports ?? [], ContractJson.Options), DisseminatedBy = message.DisseminatedBy,
                DisseminatedByPerson = Bounded(message.DisseminatedByPerson, 200), DisseminatedAt = message.DisseminatedAt,
                Envelope = JsonSerializer.Serialize(envelope, ContractJson.Options), AgreementId = envelope.AgreementId, RetainUntil = envelope.RetainUntil, ReceivedAt = now,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        await AuditLog.AppendAsync(db, [new AuditRecord
        {
            Kind = AuditKind.Decision, Actor = envelope.Sender, Action = $"take dissemination for {message.RecipientOrganisationId}",
            Subject = $"dissemination:{message.DisseminationReference}", Outcome = refusal is null ? AuditOutcome.Permitted : AuditOutcome.Denied,
            AgreementId = envelope.AgreementId, AgreementVersion = envelope.AgreementVersion, Reasons = refusal ?? "",
            Details = JsonSerializer.Serialize(new { lineage = envelope.Lineage }), RecordedAt = now,
        }], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (refusal is null)
        {
            LogReceived(message.DisseminationReference, message.RecipientOrganisationId, message.Reports?.Count ?? 0);
        }
        else
        {
            LogRefused(message.DisseminationReference, refusal);
        }
    }

    private static string Bounded(string? text, int length) => text is null ? "" : text.Length > length ? text[..length] : text;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dissemination message {MessageId} ({Reference}) was already processed; skipped")]
    private partial void LogDuplicateMessage(Guid messageId, string reference);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dissemination {Reference} received for {Recipient} with {Reports} report(s)")]
    private partial void LogReceived(string reference, string recipient, int reports);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused dissemination {Reference}: {Reason}")]
    private partial void LogRefused(string reference, string reason);
}
