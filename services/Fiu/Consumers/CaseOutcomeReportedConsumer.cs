using System.Text.Json;
using Concord.Contracts.Cases;
using Concord.Fiu.Disseminations;
using Concord.Fiu.Persistence;
using Concord.LegalBasis.Audit;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concord.Fiu.Consumers;

/// <summary>
/// Takes a task force's case outcome, once: the inbox skips a redelivered message, and the outcome's id (the FIU's
/// copy's) is taken once whatever message carries it. An outcome addressed to another FIU, or whose sender is not the
/// organisation that reports it, is refused: logged and audited, never stored.
/// </summary>
public sealed partial class CaseOutcomeReportedConsumer(
    FiuDbContext db,
    IOptions<FiuOptions> options,
    TimeProvider time,
    ILogger<CaseOutcomeReportedConsumer> logger) : IConsumer<CaseOutcomeReported>
{
    /// <summary>The queue, and the consumer name in the inbox.</summary>
    public const string Name = "fiu-case-outcomes";

    public async Task Consume(ConsumeContext<CaseOutcomeReported> context)
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
            LogDuplicateMessage(context.MessageId!.Value, message.CaseReference);
            return;
        }

        var refusal = !string.Equals(message.FiuOrganisationId, options.Value.OrganisationId, StringComparison.Ordinal) ? "outcome-not-addressed-to-fiu"
            : !string.Equals(message.ReportedBy, envelope.Sender, StringComparison.Ordinal) ? "outcome-reporter-not-sender"
            : null;
        if (refusal is null && await db.CaseOutcomes.AnyAsync(o => o.Id == message.OutcomeId, cancellationToken))
        {
            // Note: the same copy under another message id (a crash between publishing and marking it sent): taken once.
            await transaction.CommitAsync(cancellationToken);
            LogDuplicateOutcome(message.OutcomeId, message.CaseReference);
            return;
        }

        var reports = (message.Reports ?? []).Where(r => r is not null).ToList();
        if (refusal is null)
        {
            db.CaseOutcomes.Add(new CaseOutcome
            {
                Id = message.OutcomeId,
                CaseReference = message.CaseReference,
                Outcome = message.Outcome,
                Summary = message.Summary,
                Milestones = JsonSerializer.Serialize(message.Milestones ?? [], ContractJson.Options),
                Reports = JsonSerializer.Serialize(reports, ContractJson.Options),
                ConcordReferences = [.. reports.Select(r => r.ConcordReference).Distinct(StringComparer.Ordinal)],
                DisseminationReferences = [.. (message.DisseminationReferences ?? []).Distinct(StringComparer.Ordinal)],
                ReportedBy = message.ReportedBy,
                ClosedAt = message.ClosedAt,
                ReceivedAt = now,
                Envelope = JsonSerializer.Serialize(envelope, ContractJson.Options),
                AgreementId = envelope.AgreementId,
                RetainUntil = envelope.RetainUntil,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        await AuditLog.AppendAsync(db, [new AuditRecord
        {
            Kind = AuditKind.Decision,
            Actor = envelope.Sender,
            Action = $"take case outcome from {envelope.Sender}",
            Subject = $"case-outcome:{message.CaseReference}",
            Outcome = refusal is null ? AuditOutcome.Permitted : AuditOutcome.Denied,
            AgreementId = envelope.AgreementId,
            AgreementVersion = envelope.AgreementVersion,
            Reasons = refusal ?? "",
            Details = JsonSerializer.Serialize(new { lineage = (message.DisseminationReferences ?? []).Concat(reports.Select(r => r.ConcordReference)) }),
            RecordedAt = now,
        }], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (refusal is null)
        {
            LogTaken(message.CaseReference, message.Outcome, envelope.Sender);
        }
        else
        {
            LogRefused(message.CaseReference, envelope.Sender, refusal);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outcome message {MessageId} of {CaseReference} was already processed; skipped")]
    private partial void LogDuplicateMessage(Guid messageId, string caseReference);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outcome {OutcomeId} of {CaseReference} is already stored; skipped")]
    private partial void LogDuplicateOutcome(Guid outcomeId, string caseReference);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseReference} closed {Outcome}, told by {Sender}")]
    private partial void LogTaken(string caseReference, CaseOutcomeKind outcome, string sender);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused the outcome of {CaseReference} from {Sender}: {Reason}")]
    private partial void LogRefused(string caseReference, string sender, string reason);
}
