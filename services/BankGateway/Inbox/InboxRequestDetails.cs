using Concord.Contracts.Requests;

namespace Concord.BankGateway.Inbox;

/// <summary>
/// A request in full, as the bank it is addressed to sees it: the subjects, the reason, the deadline, the basis it came
/// under, and the bank's own answer once given. Nothing in it names another bank.
/// </summary>
public sealed record InboxRequestDetails(
    string Reference,
    string RequestedBy,
    InboxRequestStatus Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset ReceivedAt,
    DateTimeOffset Deadline,
    bool Overdue,
    string Reason,
    IReadOnlyList<RequestedSubject> Subjects,
    InboxBasis Basis,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawalReason,
    DateTimeOffset? AnsweredAt,
    string? AnsweredBy,
    IReadOnlyList<SubjectAnswer> Answers);
