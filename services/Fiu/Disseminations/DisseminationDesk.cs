using System.Text.Json;
using Concord.Contracts.Cases;
using Concord.Contracts.Filing;
using Concord.Contracts.Typologies;
using Concord.Fiu.Domain;
using Concord.Fiu.Persistence;
using Concord.Fiu.Requests;
using Concord.Fiu.Triage;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Reading;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concord.Fiu.Disseminations;

/// <summary>
/// Disseminates intelligence to a task force. The basis is decided before anything is stored; then the dissemination,
/// its reports, each report's triage decision (<c>Disseminate</c>, with its <see cref="ReportDecisionRecorded"/>),
/// <see cref="IntelligenceDisseminated"/> in the outbox and the audit entries commit in one transaction.
/// </summary>
internal sealed partial class DisseminationDesk(
    FiuDbContext db,
    ReportQueries reports,
    LegalBasisGuard guard,
    AgreementReplicaHolder replica,
    IAuditSink audit,
    IOptions<FiuOptions> options,
    TimeProvider time,
    ILogger<DisseminationDesk> logger)
{
    private const string Action = "disseminate intelligence";

    public async Task<RequestResult> DisseminateAsync(Reader analyst, NewDissemination body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var now = time.GetUtcNow();
        var errors = DisseminationValidator.Validate(body);
        var terms = string.IsNullOrWhiteSpace(body.AgreementCode) ? null : RequestBasis.FindAgreement(replica.Current, body.AgreementCode);
        if (terms is null && !string.IsNullOrWhiteSpace(body.AgreementCode) && body.AgreementCode.Length <= DisseminationLimits.IdLength)
        {
            errors.Add(new FieldError { Path = "agreementCode", Code = DisseminationErrorCodes.UnknownAgreement, Message = $"No agreement has the code '{body.AgreementCode}'." });
        }

        var found = await FindReportsAsync(analyst, body.ReportReferences, errors, cancellationToken);
        if (errors.Count > 0 || terms is null)
        {
            return RequestResult.Failed(RequestOutcome.Invalid, errors);
        }

        var fiu = options.Value.OrganisationId;
        var recipient = body.RecipientOrganisationId!.Trim();
        var marking = body.Marking ?? DisseminationBasis.DefaultMarking;
        var onward = body.OnwardSharing ?? DisseminationBasis.DefaultOnwardSharing;
        var grading = DisseminationValidator.Grading(body);
        var reference = DisseminationReference.New(now);
        var lineage = found.Select(r => r.ConcordReference).ToList();
        var (decision, envelope) = DisseminationBasis.Decide(guard, terms, fiu, recipient, marking, onward, grading, lineage, now);
        var record = DecisionAudit.Record(decision, analyst.Actor, Action, recipient, $"dissemination:{reference}", now, [reference, .. lineage]);
        if (envelope is null)
        {
            // Note: a refusal stores nothing but is a decision all the same, and every decision is audited.
            await audit.AppendAsync([record], cancellationToken);
            if (logger.IsEnabled(LogLevel.Information))
            {
                var reasons = decision.Reasons.Codes();
                LogRefused(recipient, terms.Code, reasons);
            }

            return RequestResult.Failed(RequestOutcome.NoLegalBasis, [.. DisseminationBasis.Errors(fiu, recipient, terms.Code, decision)]);
        }

        var dissemination = new Dissemination
        {
            Id = Guid.CreateVersion7(now),
            Reference = reference,
            AgreementId = terms.AgreementId,
            AgreementVersion = envelope.AgreementVersion,
            AgreementCode = terms.Code,
            LegalGateway = envelope.LegalGateway,
            RecipientOrganisationId = recipient,
            Title = body.Title!.Trim(),
            AnalysisNote = body.AnalysisNote!.Trim(),
            Marking = envelope.Handling.Marking,
            OnwardSharing = envelope.Handling.OnwardSharing,
            SourceReliability = grading?.Reliability,
            SourceCredibility = grading?.Credibility,
            Envelope = JsonSerializer.Serialize(envelope, ContractJson.Options),
            DisseminatedBy = analyst.Actor,
            DisseminatedAt = now,
        };
        dissemination.Reports.AddRange(found.Select((report, i) => new DisseminationReport
        {
            DisseminationId = dissemination.Id,
            ReportId = report.Id,
            Position = i,
            ConcordReference = report.ConcordReference,
            FiuReference = report.FiuReference,
            BankOrganisationId = report.BankOrganisationId,
            FiledAt = report.FiledAt,
        }));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Disseminations.Add(dissemination);
        db.AddOutboxMessage(new IntelligenceDisseminated
        {
            DisseminationId = dissemination.Id,
            DisseminationReference = reference,
            RecipientOrganisationId = recipient,
            Title = dissemination.Title,
            AnalysisNote = dissemination.AnalysisNote,
            Reports = [.. dissemination.Reports.Select(r => new DisseminatedReport
            {
                ReportId = r.ReportId,
                ConcordReference = r.ConcordReference,
                FiuReference = r.FiuReference,
                BankOrganisationId = r.BankOrganisationId,
                FiledAt = r.FiledAt,
            })],
            DisseminatedBy = fiu,
            DisseminatedByPerson = analyst.Actor,
            DisseminatedAt = now,
            Envelope = envelope,
        }, now);
        var records = new List<AuditRecord> { record with { Kind = AuditKind.Dissemination } };
        records.AddRange(await RecordDecisionsAsync(analyst, dissemination, now, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await AuditLog.AppendAsync(db, records, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogDisseminated(reference, recipient, terms.Code, found.Count);
        return RequestResult.Done(reference);
    }

    /// <summary>
    /// The reports named, in the order named, each one the analyst may read now and acknowledged; an error for each
    /// other one (an unknown reference and one the FIU may not read look the same).
    /// </summary>
    private async Task<List<ReceivedReport>> FindReportsAsync(Reader analyst, IReadOnlyList<string?>? references, List<FieldError> errors, CancellationToken cancellationToken)
    {
        if (references is not { Count: > 0 and <= DisseminationLimits.Reports } || errors.Any(e => e.Path.StartsWith("reportReferences", StringComparison.Ordinal)))
        {
            return [];
        }

        var visible = await reports.FindManyAsync(analyst, [.. references.Select(r => r!)], cancellationToken);
        var found = new List<ReceivedReport>(references.Count);
        for (var i = 0; i < references.Count; i++)
        {
            var wanted = references[i]!;
            var report = visible.FirstOrDefault(r => r.ConcordReference == wanted || r.FiuReference == wanted);
            if (report is null)
            {
                errors.Add(new FieldError { Path = $"reportReferences[{i}]", Code = DisseminationErrorCodes.UnknownReport, Message = $"The FIU holds no report '{wanted}' it may disseminate." });
            }
            else if (report.Status != ReceivedReportStatus.Acknowledged)
            {
                errors.Add(new FieldError { Path = $"reportReferences[{i}]", Code = DisseminationErrorCodes.ReportNotAcknowledged, Message = $"Report '{wanted}' was rejected at intake; only acknowledged reports are disseminated." });
            }
            else if (found.Any(r => r.Id == report.Id))
            {
                errors.Add(new FieldError { Path = $"reportReferences[{i}]", Code = DisseminationErrorCodes.Duplicate, Message = $"'{wanted}' names a report already named by its other reference." });
            }
            else
            {
                found.Add(report);
            }
        }

        return found;
    }

    /// <summary>
    /// Each report's triage decision becomes <c>Disseminate</c> with the dissemination's reference as its reason, so the
    /// queue, the report and the typology figures all show it (the same <see cref="ReportDecisionRecorded"/> as a decision
    /// taken in triage).
    /// </summary>
    private async Task<List<AuditRecord>> RecordDecisionsAsync(Reader analyst, Dissemination dissemination, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = dissemination.Reports.Select(r => r.ReportId).Order().ToArray();
        // Note: locked in id order, so a triage decision or another dissemination on the same reports waits its turn.
        var locked = await db.Reports.FromSql($"SELECT * FROM received_reports WHERE id = ANY({ids}) ORDER BY id FOR UPDATE").ToListAsync(cancellationToken);
        var reason = $"Disseminated as {dissemination.Reference} to {dissemination.RecipientOrganisationId}.";
        var records = new List<AuditRecord>(locked.Count);
        foreach (var report in locked)
        {
            var previous = report.Decision;
            report.Decision = TriageDecision.Disseminate;
            report.DecisionReason = reason;
            report.DecidedBy = analyst.Actor;
            report.DecidedAt = now;
            db.AddOutboxMessage(new ReportDecisionRecorded
            {
                ReportId = report.Id,
                ConcordReference = report.ConcordReference,
                BankOrganisationId = report.BankOrganisationId,
                Decision = nameof(TriageDecision.Disseminate),
                DecidedAt = now,
            }, now);
            records.Add(new AuditRecord
            {
                Kind = AuditKind.Analysis,
                Actor = analyst.Actor,
                Action = $"decide {TriageDecision.Disseminate}",
                Subject = $"report:{report.ConcordReference}",
                Outcome = AuditOutcome.Performed,
                AgreementId = report.AgreementId,
                AgreementVersion = report.AgreementVersion,
                Details = JsonSerializer.Serialize(new { reason, previous = previous?.ToString(), dissemination = dissemination.Reference }, ContractJson.Options),
                RecordedAt = now,
            });
        }

        return records;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Disseminated {Reference} to {Recipient} under {Agreement}: {Reports} report(s)")]
    private partial void LogDisseminated(string reference, string recipient, string agreement, int reports);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a dissemination to {Recipient} under {Agreement}: {Reasons}")]
    private partial void LogRefused(string recipient, string agreement, string reasons);
}
