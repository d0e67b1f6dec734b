using System.Text.Json;
using Concord.Contracts.Agreements;
using Concord.Contracts.Filing;
using Concord.Contracts.Requests;
using Concord.Contracts.Sharing;
using Concord.Fiu.Persistence;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Reading;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concord.Fiu.Requests;

/// <summary>
/// Sends requests for information to banks and withdraws them. A request goes only if the agreement gives the FIU a
/// basis to ask every bank it names, decided before anything is stored; then the request, one copy per bank, one
/// <see cref="InformationRequested"/> per bank in the outbox and every decision in the audit chain commit together.
/// </summary>
public sealed partial class InformationRequestDesk(
    FiuDbContext db,
    LegalBasisGuard guard,
    AgreementReplicaHolder replica,
    IAuditSink audit,
    IOptions<FiuOptions> options,
    TimeProvider time,
    ILogger<InformationRequestDesk> logger)
{
    private const string SendAction = "send information request";

    public async Task<RequestResult> SendAsync(Reader analyst, NewInformationRequest body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var now = time.GetUtcNow();
        var errors = RequestValidator.Validate(body, now);
        var terms = string.IsNullOrWhiteSpace(body.Agreement) ? null : RequestBasis.FindAgreement(replica.Current, body.Agreement);
        if (terms is null && !string.IsNullOrWhiteSpace(body.Agreement) && body.Agreement.Length <= 64)
        {
            errors.Add(new FieldError { Path = "agreement", Code = RequestErrorCodes.UnknownAgreement, Message = $"No agreement has the code '{body.Agreement}'." });
        }

        if (terms is not null && body.AllBanks == true && RequestBasis.Banks(terms).Count == 0)
        {
            errors.Add(new FieldError { Path = "allBanks", Code = RequestErrorCodes.NoBanks, Message = $"{terms.Code} has no party of kind Bank to ask." });
        }

        if (errors.Count > 0 || terms is null)
        {
            return RequestResult.Failed(RequestOutcome.Invalid, errors);
        }

        var fiu = options.Value.OrganisationId;
        var subjects = body.Subjects!.Select(subject => subject!.ToSubject()).ToList();
        var request = new InformationRequest
        {
            Id = Guid.CreateVersion7(now),
            Reference = RequestReference.New(now),
            AgreementId = terms.AgreementId,
            AgreementCode = terms.Code,
            LegalGateway = terms.LegalGateways.Count > 0 ? terms.LegalGateways[0] : "",
            Subjects = JsonSerializer.Serialize(subjects, ContractJson.Options),
            Reason = body.Reason!.Trim(),
            Deadline = body.Deadline!.Value,
            AllBanks = body.AllBanks == true,
            RequestedBy = analyst.Actor,
            RequestedAt = now,
        };

        var (permitted, refused, decisions) = DecideForEachBank(terms, body, request, fiu, analyst, now);
        if (refused.Count > 0 && (!request.AllBanks || permitted.Count == 0))
        {
            // Note: a refusal stores nothing but is a decision all the same, and every decision is audited.
            await audit.AppendAsync([.. decisions.Select(record => record with { Kind = AuditKind.Decision })], cancellationToken);
            if (logger.IsEnabled(LogLevel.Information))
            {
                var paths = string.Join(", ", refused.Select(e => e.Path).Distinct());
                LogRefused(request.Reference, terms.Code, paths);
            }

            return RequestResult.Failed(RequestOutcome.NoLegalBasis, refused);
        }

        foreach (var (recipient, envelope) in permitted)
        {
            request.Recipients.Add(recipient);
            db.AddOutboxMessage(new InformationRequested
            {
                RequestId = recipient.Id,
                RequestReference = recipient.Reference,
                BankOrganisationId = recipient.BankOrganisationId,
                Subjects = subjects,
                Reason = request.Reason,
                Deadline = request.Deadline,
                RequestedBy = fiu,
                RequestedAt = now,
                Envelope = envelope,
            }, now);
        }

        db.InformationRequests.Add(request);
        // Note: the request, every bank's copy, their messages and the decisions that let them go are one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await AuditLog.AppendAsync(db, decisions, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogSent(request.Reference, terms.Code, permitted.Count);
        return RequestResult.Done(request.Reference);
    }

    /// <summary>
    /// Withdraws a request: every bank that has not answered is told (<see cref="InformationRequestWithdrawn"/>) and may no
    /// longer answer; answers already in stay.
    /// </summary>
    public async Task<RequestResult> WithdrawAsync(Reader analyst, string reference, WithdrawalBody body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Reason is { Length: > RequestLimits.ReasonLength })
        {
            return RequestResult.Failed(RequestOutcome.Invalid, [new FieldError { Path = "reason", Code = RequestErrorCodes.TooLong, Message = $"At most {RequestLimits.ReasonLength} characters are allowed; this value has {body.Reason.Length}." }]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Note: the request's row lock orders two withdrawals; an answer racing this one is decided by the recipient's
        // status, which both change with a conditional update, so exactly one of them wins.
        var id = await db.Database.SqlQuery<Guid>($"""SELECT id AS "Value" FROM information_requests WHERE reference = {reference} FOR UPDATE""")
            .SingleOrDefaultAsync(cancellationToken);
        var request = id == Guid.Empty ? null : await db.InformationRequests.Include(r => r.Recipients).SingleAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return RequestResult.Failed(RequestOutcome.NotFound, []);
        }

        if (request.WithdrawnAt is { } withdrawnAt)
        {
            return RequestResult.Failed(RequestOutcome.Conflict, [], $"{reference} was already withdrawn at {withdrawnAt:O}.");
        }

        var now = time.GetUtcNow();
        var withdrawn = await db.Database.SqlQuery<Guid>(
            $"""
            UPDATE information_request_recipients SET status = {nameof(RecipientStatus.Withdrawn)}, withdrawn_at = {now}
            WHERE request_id = {request.Id} AND status = {nameof(RecipientStatus.Sent)}
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
        if (withdrawn.Count == 0)
        {
            return RequestResult.Failed(RequestOutcome.Conflict, [], $"Every bank has answered {reference}: there is nothing left to withdraw.");
        }

        request.WithdrawnAt = now;
        request.WithdrawnBy = analyst.Actor;
        request.WithdrawalReason = string.IsNullOrWhiteSpace(body.Reason) ? null : body.Reason.Trim();
        var fiu = options.Value.OrganisationId;
        var decisions = new List<AuditRecord>();
        foreach (var recipient in request.Recipients.Where(r => withdrawn.Contains(r.Id)))
        {
            // Note: the withdrawal travels under the request's own envelope; the send filter decides again when it goes.
            var envelope = JsonSerializer.Deserialize<SharingEnvelope>(recipient.Envelope, ContractJson.Options)!;
            db.AddOutboxMessage(new InformationRequestWithdrawn
            {
                RequestId = recipient.Id,
                RequestReference = recipient.Reference,
                BankOrganisationId = recipient.BankOrganisationId,
                Reason = request.WithdrawalReason,
                WithdrawnBy = fiu,
                WithdrawnAt = now,
                Envelope = envelope,
            }, now);
            var decision = guard.Decide(envelope, AccessAction.Share, fiu, recipient.BankOrganisationId);
            decisions.Add(DecisionAudit.Record(decision, analyst.Actor, "withdraw information request", recipient.BankOrganisationId,
                $"information-request:{request.Reference}", now, [request.Reference, recipient.Reference]) with { Kind = AuditKind.Dissemination });
        }

        await db.SaveChangesAsync(cancellationToken);
        await AuditLog.AppendAsync(db, decisions, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogWithdrawn(reference, withdrawn.Count);
        return RequestResult.Done(request.Reference);
    }

    /// <summary>The decision for every bank the request names (or every bank of the agreement), and its audit record.</summary>
    private (List<(RequestRecipient Recipient, SharingEnvelope Envelope)> Permitted, List<FieldError> Refused, List<AuditRecord> Decisions) DecideForEachBank(
        AgreementTerms terms, NewInformationRequest body, InformationRequest request, string fiu, Reader analyst, DateTimeOffset now)
    {
        var banks = request.AllBanks
            ? RequestBasis.Banks(terms).Select(bank => (Path: "allBanks", Bank: bank)).ToList()
            : body.Banks!.Select((bank, i) => (Path: $"banks[{i}]", Bank: bank!)).ToList();
        var permitted = new List<(RequestRecipient, SharingEnvelope)>();
        var refused = new List<FieldError>();
        var decisions = new List<AuditRecord>();
        foreach (var (path, bank) in banks)
        {
            var recipient = new RequestRecipient
            {
                Id = Guid.CreateVersion7(now),
                RequestId = request.Id,
                BankOrganisationId = bank,
                Reference = RequestReference.New(now),
                Status = RecipientStatus.Sent,
                Envelope = "",
            };
            var (decision, envelope) = RequestBasis.Decide(guard, terms, fiu, bank, recipient.Reference, now);
            decisions.Add(DecisionAudit.Record(decision, analyst.Actor, SendAction, bank, $"information-request:{request.Reference}", now,
                [request.Reference, recipient.Reference]) with { Kind = decision.IsPermitted ? AuditKind.Dissemination : AuditKind.Decision });
            if (envelope is null)
            {
                refused.AddRange(RequestBasis.Errors(path, fiu, bank, terms.Code, decision));
                continue;
            }

            recipient.Envelope = JsonSerializer.Serialize(envelope, ContractJson.Options);
            permitted.Add((recipient, envelope));
        }

        return (permitted, refused, decisions);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent information request {Reference} under {Agreement} to {Banks} bank(s)")]
    private partial void LogSent(string reference, string agreement, int banks);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused information request {Reference} under {Agreement}: no legal basis for {Banks}")]
    private partial void LogRefused(string reference, string agreement, string banks);

    [LoggerMessage(Level = LogLevel.Information, Message = "Withdrew information request {Reference} from {Banks} bank(s) that had not answered")]
    private partial void LogWithdrawn(string reference, int banks);
}
