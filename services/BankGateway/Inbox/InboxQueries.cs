using System.Text.Json;
using Concord.BankGateway.Domain;
using Concord.BankGateway.Persistence;
using Concord.Contracts.Feedback;
using Concord.Contracts.Requests;
using Concord.Contracts.Sharing;
using Concord.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.Inbox;

/// <summary>
/// Reads of a bank's inbox. Every query is scoped by the caller's organisation, so another bank's request or feedback
/// is indistinguishable from one that does not exist.
/// </summary>
public sealed class InboxQueries(GatewayDbContext db, TimeProvider time)
{
    public const int MaxPageSize = 200;

    public async Task<InboxRequestDetails?> FindAsync(string bank, string reference, CancellationToken cancellationToken)
    {
        var request = await db.InboxRequests.AsNoTracking()
            .Where(r => r.BankOrganisationId == bank && r.Reference == reference)
            .SingleOrDefaultAsync(cancellationToken);
        return request is null ? null : Details(request, time.GetUtcNow());
    }

    public async Task<(IReadOnlyList<InboxRequestSummary> Items, int Total)> ListAsync(
        string bank, InboxRequestStatus? status, int page, int pageSize, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var query = db.InboxRequests.AsNoTracking().Where(r => r.BankOrganisationId == bank);
        query = status switch
        {
            InboxRequestStatus.Open => query.Where(r => r.WithdrawnAt == null && r.AnsweredAt == null && r.Deadline >= now),
            InboxRequestStatus.Overdue => query.Where(r => r.WithdrawnAt == null && r.AnsweredAt == null && r.Deadline < now),
            InboxRequestStatus.Answered => query.Where(r => r.WithdrawnAt == null && r.AnsweredAt != null),
            InboxRequestStatus.Withdrawn => query.Where(r => r.WithdrawnAt != null),
            _ => query,
        };

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return ([.. items.Select(r => Summary(r, now))], total);
    }

    /// <summary>The feedback on the bank's reports among <paramref name="reportIds"/>, oldest first, by report.</summary>
    public async Task<ILookup<Guid, ReportFeedbackEntry>> FeedbackForReportsAsync(string bank, IReadOnlyCollection<Guid> reportIds, CancellationToken cancellationToken)
    {
        var ids = reportIds.ToArray();
        var feedback = await db.ReportFeedback.AsNoTracking()
            .Where(f => f.BankOrganisationId == bank && ids.Contains(f.ReportId))
            .OrderBy(f => f.GivenAt).ThenBy(f => f.Sequence)
            .ToListAsync(cancellationToken);
        return feedback.ToLookup(f => f.ReportId, ReportFeedbackEntry.From);
    }

    /// <summary>One page of the bank's feedback, newest first, optionally of one outcome, with the bank's figures.</summary>
    public async Task<FeedbackPage> FeedbackAsync(string bank, FeedbackOutcome? outcome, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.ReportFeedback.AsNoTracking().Where(f => f.BankOrganisationId == bank);
        if (outcome is { } wanted)
        {
            query = query.Where(f => f.Outcome == wanted);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(f => f.GivenAt).ThenByDescending(f => f.Sequence)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new FeedbackPage([.. items.Select(ReportFeedbackEntry.From)], page, pageSize, total, await FiguresAsync(bank, cancellationToken));
    }

    private async Task<BankFeedbackFigures> FiguresAsync(string bank, CancellationToken cancellationToken)
    {
        var reports = db.Reports.AsNoTracking().Where(r => r.BankOrganisationId == bank);
        var filed = await reports.CountAsync(cancellationToken);
        var acknowledged = await reports.CountAsync(r => r.Status == ReportStatus.Acknowledged, cancellationToken);
        // Note: the latest feedback on each report is the one no later feedback on the same report follows.
        var feedback = db.ReportFeedback.AsNoTracking().Where(f => f.BankOrganisationId == bank);
        var latest = await feedback
            .Where(f => !feedback.Any(later => later.ReportId == f.ReportId && (later.GivenAt > f.GivenAt || (later.GivenAt == f.GivenAt && later.Sequence > f.Sequence))))
            .GroupBy(f => f.Outcome)
            .Select(g => new { Outcome = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(FeedbackOutcome outcome) => latest.Where(l => l.Outcome == outcome).Sum(l => l.Count);
        return new BankFeedbackFigures(filed, acknowledged, latest.Sum(l => l.Count),
            Count(FeedbackOutcome.Useful), Count(FeedbackOutcome.LedToDissemination), Count(FeedbackOutcome.NoFurtherAction));
    }

    private static InboxRequestStatus StatusOf(InboxRequest request, DateTimeOffset now) =>
        request.WithdrawnAt is not null ? InboxRequestStatus.Withdrawn
        : request.AnsweredAt is not null ? InboxRequestStatus.Answered
        : now > request.Deadline ? InboxRequestStatus.Overdue
        : InboxRequestStatus.Open;

    private static InboxRequestSummary Summary(InboxRequest request, DateTimeOffset now)
    {
        var status = StatusOf(request, now);
        var subjects = JsonSerializer.Deserialize<List<RequestedSubject>>(request.Subjects, ContractJson.Options) ?? [];
        return new InboxRequestSummary(request.Reference, request.RequestedBy, status, request.RequestedAt, request.Deadline,
            status == InboxRequestStatus.Overdue, subjects.Count, request.AnsweredAt, request.WithdrawnAt);
    }

    private static InboxRequestDetails Details(InboxRequest request, DateTimeOffset now)
    {
        var status = StatusOf(request, now);
        var envelope = JsonSerializer.Deserialize<SharingEnvelope>(request.Envelope, ContractJson.Options)!;
        return new InboxRequestDetails(
            request.Reference, request.RequestedBy, status, request.RequestedAt, request.ReceivedAt, request.Deadline,
            status == InboxRequestStatus.Overdue, request.Reason,
            JsonSerializer.Deserialize<List<RequestedSubject>>(request.Subjects, ContractJson.Options) ?? [],
            new InboxBasis(envelope.AgreementId, envelope.AgreementVersion, envelope.LegalGateway, envelope.Purpose, envelope.Handling.Marking,
                envelope.Handling.OnwardSharing, envelope.RetainUntil),
            request.WithdrawnAt, request.WithdrawalReason, request.AnsweredAt, request.AnsweredBy,
            request.Answers is null ? [] : JsonSerializer.Deserialize<List<SubjectAnswer>>(request.Answers, ContractJson.Options) ?? []);
    }
}
