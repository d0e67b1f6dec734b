using System.Text.Json;
using Concord.Contracts.Filing;
using Concord.Contracts.Sharing;
using Concord.Fiu.Domain;
using Concord.Fiu.Matching;
using Concord.Fiu.Persistence;
using Concord.Fiu.Screening;
using Concord.Fiu.Telemetry;
using Concord.Fiu.Triage;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Reading;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concord.Fiu.Consumers;

/// <summary>
/// Receives filed reports a batch at a time, in one transaction per batch: records each message in the inbox
/// (a redelivered message is skipped), stores each new report with the FIU's decision, and puts the
/// <see cref="ReportAcknowledged"/> or <see cref="ReportRejected"/> answer in the outbox, and indexes each acknowledged
/// report's subjects, linking it to earlier reports that share one (<see cref="SubjectIndex"/>), and screens each
/// acknowledged report against the rules of the current typologies (<see cref="IntakeScreening"/>). Either all of it
/// commits, and the answers are published, or none of it does and the batch is delivered again.
/// </summary>
public sealed partial class ReportIntakeConsumer(
    FiuDbContext db,
    AcceptanceRules rules,
    LegalBasisGuard guard,
    TriageRules triage,
    ReadFilter reads,
    ScreeningRules screening,
    IOptions<FiuOptions> options,
    TimeProvider time,
    ILogger<ReportIntakeConsumer> logger) : IConsumer<Batch<SuspiciousActivityReported>>
{
    /// <summary>The queue, and the consumer name in the inbox.</summary>
    public const string Name = "fiu-report-intake";

    public async Task Consume(ConsumeContext<Batch<SuspiciousActivityReported>> context)
    {
        var cancellationToken = context.CancellationToken;
        // Note: a retry runs in the same scope; what the failed attempt left tracked would otherwise be saved again.
        db.ChangeTracker.Clear();
        var now = time.GetUtcNow();
        var tally = new IntakeTally();
        var audit = new List<AuditRecord>();
        var toIndex = new List<ReportToIndex>();

        // Note: only what the legal-basis layer admitted; the rest of the batch is in quarantine, audited.
        var admitted = context.Admitted().ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var typologies = await screening.CurrentAsync(db, cancellationToken);
        var (knownIds, knownReferences) = await FindKnownAsync(admitted, cancellationToken);
        // Note: the gateway's outbox fixes the message id, so a redelivery or a re-publication carries the same
        // one. Without a message id only the report id guard below applies.
        var fresh = await db.MarkProcessedAsync(
            Name, admitted.Where(item => item.MessageId is not null).Select(item => item.MessageId!.Value), now, cancellationToken);

        foreach (var item in admitted)
        {
            var message = item.Message;
            // Remove, so that a message id delivered twice in one batch is processed once.
            if (item.MessageId is { } messageId && !fresh.Remove(messageId))
            {
                LogDuplicateMessage(messageId, message.ConcordReference);
                tally.Duplicates++;
                continue;
            }

            if (knownIds.Contains(message.ReportId))
            {
                // The same report under a new message id (filed again, or re-published): stored once, answered once.
                LogDuplicateReport(message.ReportId, message.ConcordReference);
                tally.Duplicates++;
                continue;
            }

            if (string.IsNullOrEmpty(message.ConcordReference) || string.IsNullOrEmpty(message.BankOrganisationId)
                || knownReferences.Contains(message.ConcordReference))
            {
                LogUnprocessable(message.ReportId, message.ConcordReference);
                tally.Unprocessable++;
                continue;
            }

            knownIds.Add(message.ReportId);
            knownReferences.Add(message.ConcordReference);
            Receive(message, typologies, now, tally, audit, toIndex);
        }

        await db.SaveChangesAsync(cancellationToken);
        // Note: in the intake transaction, after the reports are stored: a stored report is never unindexed.
        var matched = await SubjectIndex.IndexAsync(db, toIndex, now, cancellationToken);
        if (matched.Links > 0)
        {
            // Note: a link can raise the score of this batch's reports and of the earlier ones they linked to.
            await TriageRefresh.ApplyAsync(
                db, [.. toIndex.Select(r => r.ReportId)], reads.ScopeFor(options.Value.OrganisationId).AgreementIds, triage, cancellationToken);
        }

        await AuditLog.AppendAsync(db, audit, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        FiuMetrics.Record(tally);
        LogBatch(context.Message.Length, tally.Acknowledged, tally.Rejected, tally.Duplicates, tally.Unprocessable);
        LogMatched(toIndex.Count, matched.Identifiers, matched.Links, matched.NameCandidatesScored, matched.CommonKeys);
    }

    /// <summary>The batch's report ids and Concord references that are already stored, read once for the batch.</summary>
    private async Task<(HashSet<Guid> Ids, HashSet<string> References)> FindKnownAsync(
        List<ConsumeContext<SuspiciousActivityReported>> batch, CancellationToken cancellationToken)
    {
        var ids = batch.Select(item => item.Message.ReportId).Distinct().ToList();
        var references = batch.Select(item => item.Message.ConcordReference).Where(r => r is not null).Distinct().ToList();
        var known = await db.Reports
            .Where(r => ids.Contains(r.Id) || references.Contains(r.ConcordReference))
            .Select(r => new { r.Id, r.ConcordReference })
            .ToListAsync(cancellationToken);
        return (known.Select(r => r.Id).ToHashSet(), known.Select(r => r.ConcordReference).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Decides on one new report, stores it and adds the answer to the outbox.</summary>
    private void Receive(
        SuspiciousActivityReported message, ScreeningSet typologies, DateTimeOffset now, IntakeTally tally, List<AuditRecord> audit, List<ReportToIndex> toIndex)
    {
        // Note: the enforcement point let the message in, so its envelope is there and gives the FIU a basis.
        var received = message.Envelope!;
        var reasons = ReportAcceptance.Check(message, rules);
        var reportJson = JsonSerializer.Serialize(message.Report, ContractJson.Options);
        if (JsonText.ContainsNul(reportJson))
        {
            reasons = [.. reasons, new FieldError { Path = "report", Code = AcceptanceCodes.UnsupportedCharacter, Message = "The report contains a NUL character (U+0000), which the FIU cannot store." }];
            reportJson = JsonText.ReplaceNul(reportJson);
        }

        var report = new ReceivedReport
        {
            Id = message.ReportId,
            ConcordReference = message.ConcordReference,
            BankOrganisationId = message.BankOrganisationId,
            BankReference = message.Report?.BankReference ?? "",
            ReportTypeCode = message.Report?.ReportTypeCode ?? "",
            FiledAt = message.FiledAt,
            ReceivedAt = now,
            Report = reportJson,
            AgreementId = received.AgreementId,
            AgreementVersion = received.AgreementVersion,
            LegalGateway = received.LegalGateway,
            RetainUntil = received.RetainUntil,
            Envelope = JsonSerializer.Serialize(received, ContractJson.Options),
        };
        var fiuOrganisationId = options.Value.OrganisationId;
        // The answer goes back to the bank as feedback under the same agreement, and says only what became of the report.
        var (decision, envelope) = guard.Reply(received, fiuOrganisationId, Purpose.Feedback, [DataCategory.Outcome], Tlp.Amber, OnwardSharingRule.Prohibited, [message.ConcordReference]);
        audit.Add(DecisionAudit.Record(decision, fiuOrganisationId, "answer report", received.Sender, $"report:{message.ConcordReference}", now) with { Kind = AuditKind.Dissemination });

        if (reasons.Count == 0)
        {
            report.Status = ReceivedReportStatus.Acknowledged;
            report.FiuReference = FiuReference.New(now);
            var hits = typologies.Screen(message.Report!);
            // Note: scored on arrival, so the queue is ordered without reading any report again.
            var assessment = TriageScorer.Score(message.Report, banksReportingSharedSubject: 1, triage, hits);
            report.TriageScore = assessment.Score;
            report.TriageFactors = JsonSerializer.Serialize(assessment.Factors, ContractJson.Options);
            db.AddOutboxMessage(new ReportAcknowledged
            {
                ReportId = report.Id,
                ConcordReference = report.ConcordReference,
                BankOrganisationId = report.BankOrganisationId,
                FiuReference = report.FiuReference,
                AcknowledgedBy = fiuOrganisationId,
                AcknowledgedAt = now,
                Envelope = envelope,
            }, now);
            IntakeScreening.Record(db, report, message.Report!, hits, now);
            toIndex.Add(new ReportToIndex(report.Id, report.BankOrganisationId, message.Report!));
            tally.Acknowledged++;
        }
        else
        {
            report.Status = ReceivedReportStatus.Rejected;
            report.RejectionReasons = JsonText.ReplaceNul(JsonSerializer.Serialize(reasons, ContractJson.Options));
            db.AddOutboxMessage(new ReportRejected
            {
                ReportId = report.Id,
                ConcordReference = report.ConcordReference,
                BankOrganisationId = report.BankOrganisationId,
                Reasons = reasons,
                RejectedBy = fiuOrganisationId,
                RejectedAt = now,
                Envelope = envelope,
            }, now);
            if (logger.IsEnabled(LogLevel.Information))
            {
                var codes = string.Join(", ", reasons.Select(r => r.Code).Distinct());
                LogRejected(report.ConcordReference, report.BankOrganisationId, codes);
            }

            tally.Rejected++;
        }

        db.Reports.Add(report);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Intake batch of {Count}: {Acknowledged} acknowledged, {Rejected} rejected, {Duplicates} duplicates, {Unprocessable} unprocessable")]
    private partial void LogBatch(int count, int acknowledged, int rejected, int duplicates, int unprocessable);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Indexed {Reports} report(s): {Identifiers} identifiers, {Links} links, {Scored} names scored, {CommonKeys} common keys")]
    private partial void LogMatched(int reports, int identifiers, int links, int scored, int commonKeys);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Message {MessageId} for {ConcordReference} was already processed; skipped")]
    private partial void LogDuplicateMessage(Guid messageId, string concordReference);

    [LoggerMessage(Level = LogLevel.Information, Message = "Report {ReportId} ({ConcordReference}) was already received; the new message is skipped")]
    private partial void LogDuplicateReport(Guid reportId, string concordReference);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report {ReportId} cannot be stored: its Concord reference '{ConcordReference}' is missing or belongs to another report")]
    private partial void LogUnprocessable(Guid reportId, string? concordReference);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected {ConcordReference} from {BankOrganisationId}: {Codes}")]
    private partial void LogRejected(string concordReference, string bankOrganisationId, string codes);
}
