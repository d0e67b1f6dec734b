using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Concord.BankGateway.Filing;
using Concord.BankGateway.Persistence;
using Concord.Contracts.Filing;
using Concord.Contracts.Requests;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.Inbox;

/// <summary>
/// Answers a request for the bank it was addressed to: every subject once, details only with a Match and only in the
/// categories the request's agreement lets the bank send the FIU, decided before anything is stored. The answer, its
/// <see cref="InformationRequestAnswered"/> in the outbox and the decision in the audit chain commit together.
/// </summary>
public sealed partial class RequestAnswerer(
    GatewayDbContext db,
    AnswerValidator validator,
    LegalBasisGuard guard,
    IAuditSink audit,
    TimeProvider time,
    ILogger<RequestAnswerer> logger)
{
    /// <summary>
    /// An answer is the bank's data given to the FIU as a report is: TLP:AMBER, and the FIU may use it within the
    /// agreement (with the agreement's other parties, under its flows), never beyond.
    /// </summary>
    public const Tlp Marking = Tlp.Amber;

    public const OnwardSharingRule OnwardSharing = OnwardSharingRule.WithinAgreement;

    public async Task<AnswerResult> AnswerAsync(Caller caller, string reference, AnswerBody body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(body);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Note: the row lock orders two answers to one request; the second sees the first and is a repeat or a conflict.
        var id = await db.Database.SqlQuery<Guid>(
            $"""SELECT id AS "Value" FROM information_requests WHERE reference = {reference} AND bank_organisation_id = {caller.OrganisationId} FOR UPDATE""")
            .SingleOrDefaultAsync(cancellationToken);
        var request = id == Guid.Empty ? null : await db.InboxRequests.SingleAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return AnswerResult.Failed(AnswerOutcome.NotFound);
        }

        if (request.WithdrawnAt is { } withdrawnAt)
        {
            return AnswerResult.Failed(AnswerOutcome.Withdrawn, detail: $"The FIU withdrew {reference} at {withdrawnAt:O}{(request.WithdrawalReason is null ? "" : $": {request.WithdrawalReason}")}.");
        }

        var subjects = JsonSerializer.Deserialize<List<RequestedSubject>>(request.Subjects, ContractJson.Options)!.Select(s => s.LocalId).ToList();
        var errors = validator.Validate(body, subjects);
        var answers = errors.Count == 0 ? body.Answers!.Select(item => item!.ToAnswer()).ToList() : null;
        var json = answers is null ? null : JsonSerializer.Serialize(answers, ContractJson.Options);
        if (request.AnsweredAt is { } answeredAt)
        {
            return json is not null && Hash(json) == request.AnswerHash
                ? new AnswerResult(AnswerOutcome.Duplicate, Receipt(request, answers!, duplicate: true), [])
                : AnswerResult.Failed(AnswerOutcome.AlreadyAnswered, detail: $"{reference} was answered at {answeredAt:O}; an answer cannot be changed.");
        }

        if (answers is null)
        {
            return AnswerResult.Failed(AnswerOutcome.Invalid, errors);
        }

        // Note: to the microsecond PostgreSQL keeps, so the receipt says what a repeat will find stored.
        var now = time.GetUtcNow();
        now = now.AddTicks(-(now.UtcTicks % 10));
        var received = JsonSerializer.Deserialize<SharingEnvelope>(request.Envelope, ContractJson.Options)!;
        var categories = CategoriesOf(answers);
        var (decision, envelope) = guard.Reply(received, caller.OrganisationId, Purpose.InformationRequest, categories, Marking, OnwardSharing, [request.Reference]);
        var record = DecisionAudit.Record(decision, caller.Actor, "answer information request", received.Sender, $"information-request:{request.Reference}", now, [request.Reference]);
        if (!decision.IsPermitted)
        {
            await transaction.RollbackAsync(cancellationToken);
            // Note: a refusal stores nothing but is a decision all the same, and every decision is audited.
            await audit.AppendAsync([record], cancellationToken);
            var codes = decision.Reasons.Codes();
            LogRefused(request.Reference, caller.OrganisationId, codes);
            return AnswerResult.Failed(AnswerOutcome.NoLegalBasis, Explain(caller.OrganisationId, received, answers, categories, decision));
        }

        request.AnsweredAt = now;
        request.AnsweredBy = caller.ClientId;
        request.Answers = json;
        request.AnswerHash = Hash(json!);
        db.AddOutboxMessage(new InformationRequestAnswered
        {
            RequestId = request.Id,
            RequestReference = request.Reference,
            BankOrganisationId = caller.OrganisationId,
            Answers = answers,
            AnsweredBy = caller.ClientId,
            AnsweredAt = now,
            Envelope = envelope,
        }, now);
        await db.SaveChangesAsync(cancellationToken);
        await AuditLog.AppendAsync(db, [record with { Kind = AuditKind.Dissemination }], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var receipt = Receipt(request, answers, duplicate: false);
        LogAnswered(request.Reference, caller.OrganisationId, receipt.Matches, receipt.NoMatches);
        return new AnswerResult(AnswerOutcome.Answered, receipt, []);
    }

    /// <summary>The categories an answer holds: who the subjects are, and whatever its details carry.</summary>
    public static IReadOnlyList<DataCategory> CategoriesOf(IReadOnlyList<SubjectAnswer> answers)
    {
        var details = answers.Where(a => a.Details is not null).Select(a => a.Details!).ToList();
        var categories = new List<DataCategory>(4) { DataCategory.SubjectIdentity };
        if (details.Any(d => d.Accounts.Count > 0))
        {
            categories.Add(DataCategory.AccountData);
        }

        if (details.Any(d => d.Transactions.Count > 0))
        {
            categories.Add(DataCategory.TransactionData);
        }

        if (details.Any(d => !string.IsNullOrWhiteSpace(d.Narrative)))
        {
            categories.Add(DataCategory.Narrative);
        }

        return categories;
    }

    /// <summary>
    /// Why the answer may not go: a category of details the agreement's flow from the bank to the FIU does not cover is
    /// named at every answer that carries it; any other reason (the agreement suspended, say) applies to the whole answer.
    /// </summary>
    private List<FieldError> Explain(string bank, SharingEnvelope received, List<SubjectAnswer> answers, IReadOnlyList<DataCategory> categories, Decision decision)
    {
        var errors = new List<FieldError>();
        var refusedCategories = categories.Where(category => category != DataCategory.SubjectIdentity)
            .Where(category => guard.Reply(received, bank, Purpose.InformationRequest, [DataCategory.SubjectIdentity, category], Marking, OnwardSharing, []).Decision
                .Reasons.HasFlag(DenyReasons.CategoryNotCovered))
            .ToList();
        foreach (var category in refusedCategories)
        {
            for (var i = 0; i < answers.Count; i++)
            {
                if (answers[i].Details is { } details && Carries(details, category) is { } field)
                {
                    errors.Add(new FieldError
                    {
                        Path = $"answers[{i}].details.{field}",
                        Code = DenyReasons.CategoryNotCovered.Code(),
                        Message = $"No legal basis for {bank} to give {received.Sender} {category} in this answer: the agreement's flow for InformationRequest does not cover it.",
                    });
                }
            }
        }

        var others = refusedCategories.Count > 0 ? decision.Reasons & ~DenyReasons.CategoryNotCovered : decision.Reasons;
        errors.AddRange(others.Split().Select(reason => new FieldError
        {
            Path = "",
            Code = reason.Code(),
            Message = $"No legal basis for {bank} to answer {received.Sender}: {reason.Describe()}",
        }));
        return errors;
    }

    private static string? Carries(MatchDetails details, DataCategory category) => category switch
    {
        DataCategory.AccountData when details.Accounts.Count > 0 => "accounts",
        DataCategory.TransactionData when details.Transactions.Count > 0 => "transactions",
        DataCategory.Narrative when !string.IsNullOrWhiteSpace(details.Narrative) => "narrative",
        _ => null,
    };

    private static AnswerReceipt Receipt(InboxRequest request, List<SubjectAnswer> answers, bool duplicate) =>
        new(request.Reference, request.AnsweredAt!.Value, answers.Count(a => a.Result == MatchResult.Match), answers.Count(a => a.Result == MatchResult.NoMatch), duplicate);

    private static string Hash(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

    [LoggerMessage(Level = LogLevel.Information, Message = "{Bank} answered {Reference}: {Matches} match(es), {NoMatches} no match")]
    private partial void LogAnswered(string reference, string bank, int matches, int noMatches);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Bank}'s answer to {Reference} refused: no legal basis ({Reasons})")]
    private partial void LogRefused(string reference, string bank, string reasons);
}
