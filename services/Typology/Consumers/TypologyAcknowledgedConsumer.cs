using System.Text.Json;
using Concord.Contracts.Typologies;
using Concord.LegalBasis.Audit;
using Concord.ServiceDefaults.Outbox;
using Concord.Typology.Authoring;
using Concord.Typology.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Concord.Typology.Consumers;

/// <summary>
/// Takes a recipient's acknowledgement of its copy, once: the inbox skips a redelivered message, and a copy already
/// acknowledged stays as it was. An acknowledgement of a copy that does not exist, or that went to another organisation,
/// is not stored: it is logged and audited as refused.
/// </summary>
public sealed partial class TypologyAcknowledgedConsumer(
    TypologyDbContext db,
    TimeProvider time,
    ILogger<TypologyAcknowledgedConsumer> logger) : IConsumer<TypologyAcknowledged>
{
    /// <summary>The queue, and the consumer name in the inbox.</summary>
    public const string Name = "typology-acknowledgements";

    public async Task Consume(ConsumeContext<TypologyAcknowledged> context)
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
            LogDuplicateMessage(context.MessageId!.Value, message.DistributionId);
            return;
        }

        var copy = await db.Distributions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == message.DistributionId, cancellationToken);
        // Note: an organisation acknowledging a copy that is not its own learns nothing from the refusal: it is only logged and audited.
        var refusal = copy is null ? "distribution-unknown"
            : !string.Equals(copy.Recipient, message.OrganisationId, StringComparison.Ordinal) || !string.Equals(copy.Recipient, envelope.Sender, StringComparison.Ordinal) ? "not-the-recipient"
            : copy.TypologyId != message.TypologyId || copy.Version != message.Version ? "acknowledgement-does-not-match-copy"
            : null;
        if (refusal is null)
        {
            var taken = await db.Database.ExecuteSqlAsync(
                $"""
                UPDATE distributions SET acknowledged_at = {message.AcknowledgedAt}, acknowledged_by = {message.AcknowledgedBy}
                WHERE id = {message.DistributionId} AND acknowledged_at IS NULL
                """, cancellationToken);
            if (taken == 0)
            {
                await transaction.CommitAsync(cancellationToken);
                LogAlreadyAcknowledged(message.DistributionId, message.OrganisationId);
                return;
            }
        }

        await AuditLog.AppendAsync(db, [new AuditRecord
        {
            Kind = AuditKind.Decision,
            Actor = $"{envelope.Sender}/{message.AcknowledgedBy}",
            Action = $"take acknowledgement of {message.Code} v{message.Version} from {envelope.Sender}",
            Subject = Distributor.Subject + (copy?.Code ?? message.Code),
            Outcome = refusal is null ? AuditOutcome.Permitted : AuditOutcome.Denied,
            AgreementId = envelope.AgreementId,
            AgreementVersion = envelope.AgreementVersion,
            Reasons = refusal ?? "",
            Details = JsonSerializer.Serialize(new { lineage = new[] { message.Code, message.DistributionId.ToString() } }),
            RecordedAt = now,
        }], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (refusal is null)
        {
            LogAcknowledged(message.Code, message.Version, message.OrganisationId);
        }
        else
        {
            LogRefused(message.DistributionId, envelope.Sender, refusal);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Acknowledgement message {MessageId} of {DistributionId} was already processed; skipped")]
    private partial void LogDuplicateMessage(Guid messageId, Guid distributionId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Copy {DistributionId} was already acknowledged by {Organisation}; kept as it was")]
    private partial void LogAlreadyAcknowledged(Guid distributionId, string organisation);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Organisation} acknowledged {Code} version {Version}")]
    private partial void LogAcknowledged(string code, int version, string organisation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an acknowledgement of copy {DistributionId} from {Organisation}: {Reason}")]
    private partial void LogRefused(Guid distributionId, string organisation, string reason);
}
