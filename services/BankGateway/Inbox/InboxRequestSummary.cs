namespace Concord.BankGateway.Inbox;

/// <summary>A request in the bank's inbox list: who asks, by when, and where it stands.</summary>
public sealed record InboxRequestSummary(
    string Reference,
    string RequestedBy,
    InboxRequestStatus Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset Deadline,
    bool Overdue,
    int Subjects,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? WithdrawnAt);
