using System.Text.Json;
using Concord.Contracts.Feedback;
using Concord.Contracts.Filing;
using Concord.Contracts.Sharing;
using Concord.Fiu.Domain;
using Concord.Fiu.Persistence;
using Concord.Fiu.Requests;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Reading;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concord.Fiu.Feedback;

/// <summary>
/// Gives feedback on a report to the bank that filed it: only on a report the FIU acknowledged and may read, only under
/// the report's agreement (its flow from the FIU to the bank for <c>Feedback</c>), and stored, sent through the outbox
/// and audited as a dissemination in one transaction.
/// </summary>
internal sealed partial class FeedbackDesk(
    FiuDbContext db,
    ReportQueries reports,
    LegalBasisGuard guard,
    IAuditSink audit,
    IOptions<FiuOptions> options,
    TimeProvider time,
    ILogger<FeedbackDesk> logger)
{
    /// <summary>Feedback says what became of the report and nothing else, and stays with the bank.</summary>
    public const Tlp Marking = Tlp.Amber;

    public const OnwardSharingRule OnwardSharing = OnwardSharingRule.Prohibited;

    public async Task<FeedbackResult> GiveAsync(Reader analyst, string reference, FeedbackBody body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = Validate(body);
        if (errors.Count > 0)
        {
            return FeedbackResult.Failed(FeedbackResultKind.Invalid, errors);
        }

        // Note: found through the analysts' read filter, so a report the FIU may not read is as unknown as a missing one.
        var report = await reports.FindAsync(analyst, reference, cancellationToken);
        if (report is null)
        {
            return FeedbackResult.Failed(FeedbackResultKind.NotFound);
        }

        if (report.Status != ReceivedReportStatus.Acknowledged)
        {
            return FeedbackResult.Failed(FeedbackResultKind.NotAcknowledged);
        }

        var outcome = body.Outcome!.Value;
        var comment = string.IsNullOrWhiteSpace(body.Comment) ? null : body.Comment.Trim();
        var latest = await db.ReportFeedback.AsNoTracking().Where(f => f.ReportId == report.Id)
            .OrderByDescending(f => f.Sequence).FirstOrDefaultAsync(cancellationToken);
        if (latest is not null && latest.Outcome == outcome && latest.Comment == comment)
        {
            return new FeedbackResult(FeedbackResultKind.Duplicate, FeedbackDetails.From(latest), []);
        }

        // Note: to the microsecond PostgreSQL keeps, so the answer says what a later read finds stored.
        var now = time.GetUtcNow();
        now = now.AddTicks(-(now.UtcTicks % 10));
        var fiu = options.Value.OrganisationId;
        var received = JsonSerializer.Deserialize<SharingEnvelope>(report.Envelope!, ContractJson.Options)!;
        var (decision, envelope) = guard.Reply(received, fiu, Purpose.Feedback, [DataCategory.Outcome], Marking, OnwardSharing, [report.ConcordReference]);
        var record = DecisionAudit.Record(decision, analyst.Actor, "give feedback on report", report.BankOrganisationId, $"report:{report.ConcordReference}", now);
        if (!decision.IsPermitted)
        {
            await audit.AppendAsync([record], cancellationToken);
            LogRefused(report.ConcordReference, decision.Reasons.Codes());
            return FeedbackResult.Failed(FeedbackResultKind.NoLegalBasis, [.. decision.Reasons.Split().Select(reason => new FieldError
            {
                Path = "",
                Code = reason.Code(),
                Message = $"No legal basis for {fiu} to give {report.BankOrganisationId} feedback on {report.ConcordReference}: {reason.Describe()}",
            })]);
        }

        var feedback = new ReportFeedback
        {
            Id = Guid.CreateVersion7(now),
            ReportId = report.Id,
            ConcordReference = report.ConcordReference,
            FiuReference = report.FiuReference,
            BankOrganisationId = report.BankOrganisationId,
            Outcome = outcome,
            Comment = comment,
            GivenBy = analyst.Actor,
            GivenAt = now,
            Envelope = JsonSerializer.Serialize(envelope, ContractJson.Options),
        };
        db.ReportFeedback.Add(feedback);
        db.AddOutboxMessage(new ReportFeedbackGiven
        {
            FeedbackId = feedback.Id,
            ReportId = report.Id,
            ConcordReference = report.ConcordReference,
            FiuReference = report.FiuReference,
            BankOrganisationId = report.BankOrganisationId,
            Outcome = outcome,
            Comment = comment,
            GivenBy = fiu,
            GivenAt = now,
            Envelope = envelope,
        }, now);

        // Note: the feedback, its message and the decision that lets it go are one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await AuditLog.AppendAsync(db, [record with { Kind = AuditKind.Dissemination }], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogGiven(report.ConcordReference, report.BankOrganisationId, outcome);
        return new FeedbackResult(FeedbackResultKind.Given, FeedbackDetails.From(feedback), []);
    }

    private static List<FieldError> Validate(FeedbackBody body)
    {
        var errors = new List<FieldError>();
        if (body.Outcome is null)
        {
            errors.Add(new FieldError { Path = "outcome", Code = RequestErrorCodes.Required, Message = $"An outcome is required: {string.Join(", ", Enum.GetNames<FeedbackOutcome>())}." });
        }
        else if (!Enum.IsDefined(body.Outcome.Value))
        {
            errors.Add(new FieldError { Path = "outcome", Code = RequestErrorCodes.InvalidValue, Message = $"The outcome is one of {string.Join(", ", Enum.GetNames<FeedbackOutcome>())}." });
        }

        if (body.Comment is { Length: > RequestLimits.CommentLength })
        {
            errors.Add(new FieldError { Path = "comment", Code = RequestErrorCodes.TooLong, Message = $"At most {RequestLimits.CommentLength} characters are allowed; this value has {body.Comment.Length}." });
        }

        return errors;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback on {ConcordReference} to {Bank}: {Outcome}")]
    private partial void LogGiven(string concordReference, string bank, FeedbackOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feedback on {ConcordReference} refused: no legal basis ({Reasons})")]
    private partial void LogRefused(string concordReference, string reasons);
}
