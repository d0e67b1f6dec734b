using System.Text.Json;
using Concord.Contracts.Requests;
using Concord.Contracts.Sharing;
using Concord.Fiu.Persistence;
using Concord.LegalBasis.Reading;
using Concord.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Concord.Fiu.Requests;

/// <summary>
/// Reads of requests for the FIU's analysts. A request and its banks' states are the FIU's own records; each bank's
/// answer is the bank's data, read under the answer's envelope through the read filter (audited, and withheld when
/// its agreement no longer lets the FIU read it).
/// </summary>
internal sealed class RequestQueries(FiuDbContext db, ReadFilter reads, TimeProvider time)
{
    public const int MaxPageSize = 200;

    private static readonly Readable<RecipientAnswer> Answers = new(
        "information request answer",
        answer => JsonSerializer.Deserialize<SharingEnvelope>(answer.Envelope, ContractJson.Options),
        answer => $"information-request:{answer.Reference}");

    /// <summary>A request by the analysts' reference or by a bank's reference of it; null when there is none.</summary>
    public async Task<InformationRequestDetails?> FindAsync(Reader reader, string reference, CancellationToken cancellationToken)
    {
        var request = await db.InformationRequests.AsNoTracking()
            .Include(r => r.Recipients).ThenInclude(recipient => recipient.Answer)
            .AsSplitQuery()
            .Where(r => r.Reference == reference || r.Recipients.Any(recipient => recipient.Reference == reference))
            .FirstOrDefaultAsync(cancellationToken);
        if (request is null)
        {
            return null;
        }

        var answers = request.Recipients.Where(r => r.Answer is not null).Select(r => r.Answer!).ToList();
        var readable = (await reads.ReadAllAsync(reader, Answers, answers, cancellationToken)).Select(a => a.RecipientId).ToHashSet();
        return Details(request, readable, time.GetUtcNow());
    }

    /// <summary>One page of requests, newest first, optionally in one state, and how many there are in all.</summary>
    public async Task<(IReadOnlyList<InformationRequestSummary> Items, int Total)> ListAsync(
        InformationRequestStatus? status, int page, int pageSize, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var query = db.InformationRequests.AsNoTracking();
        query = status switch
        {
            InformationRequestStatus.Open => query.Where(r => r.WithdrawnAt == null && r.Deadline >= now && r.Recipients.Any(x => x.Status == RecipientStatus.Sent)),
            InformationRequestStatus.Overdue => query.Where(r => r.WithdrawnAt == null && r.Deadline < now && r.Recipients.Any(x => x.Status == RecipientStatus.Sent)),
            InformationRequestStatus.Closed => query.Where(r => r.WithdrawnAt != null || !r.Recipients.Any(x => x.Status == RecipientStatus.Sent)),
            _ => query,
        };

        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Include(r => r.Recipients)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return ([.. items.Select(request => Summary(request, now))], total);
    }

    private static InformationRequestSummary Summary(InformationRequest request, DateTimeOffset now)
    {
        var subjects = JsonSerializer.Deserialize<List<RequestedSubject>>(request.Subjects, ContractJson.Options) ?? [];
        var recipients = request.Recipients.OrderBy(r => r.BankOrganisationId, StringComparer.Ordinal).ToList();
        return new InformationRequestSummary(
            request.Reference, request.AgreementCode, RequestState.Of(request, now), request.RequestedAt, request.Deadline,
            RequestState.Of(request, now) == InformationRequestStatus.Overdue, subjects.Count,
            recipients.Count(r => r.Status == RecipientStatus.Answered),
            [.. recipients.Select(r => new RecipientSummary(r.BankOrganisationId, r.Reference, RequestState.Of(r, request.Deadline, now), r.AnsweredAt))]);
    }

    private static InformationRequestDetails Details(InformationRequest request, HashSet<Guid> readable, DateTimeOffset now)
    {
        var subjects = JsonSerializer.Deserialize<List<RequestedSubject>>(request.Subjects, ContractJson.Options) ?? [];
        var recipients = request.Recipients.OrderBy(r => r.BankOrganisationId, StringComparer.Ordinal).Select(r =>
        {
            var visible = r.Answer is not null && readable.Contains(r.Id);
            var answers = visible ? JsonSerializer.Deserialize<List<SubjectAnswer>>(r.Answer!.Answers, ContractJson.Options) ?? [] : [];
            return new RecipientDetails(
                r.BankOrganisationId, r.Reference, RequestState.Of(r, request.Deadline, now), r.AnsweredAt, RequestState.IsLate(r, request.Deadline),
                r.WithdrawnAt, r.Status == RecipientStatus.Answered && !visible, answers);
        }).ToList();

        var findings = subjects.Select(subject =>
        {
            var results = recipients.Select(r => (r.Bank, Result: r.Answers.FirstOrDefault(a => a.Subject == subject.LocalId)?.Result, r.Status)).ToList();
            return new SubjectFindings(
                subject.LocalId,
                [.. results.Where(r => r.Result == MatchResult.Match).Select(r => r.Bank)],
                [.. results.Where(r => r.Result == MatchResult.NoMatch).Select(r => r.Bank)],
                [.. results.Where(r => r.Status is RecipientStatus.Sent or RecipientStatus.Overdue).Select(r => r.Bank)]);
        }).ToList();

        var status = RequestState.Of(request, now);
        return new InformationRequestDetails(
            request.Reference, request.AgreementCode, request.AgreementId, request.LegalGateway, status, request.Deadline,
            status == InformationRequestStatus.Overdue, request.Reason, request.RequestedBy, request.RequestedAt, request.WithdrawnAt,
            request.WithdrawalReason, subjects, recipients, findings);
    }
}
