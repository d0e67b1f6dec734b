namespace Concord.BankGateway.Production;

/// <summary>A production request in the bank's list: who asks for what, by when, and where it stands.</summary>
public sealed record ProductionRequestSummary(
    string Reference,
    string RequestedBy,
    string Description,
    ProductionRequestStatus Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset Deadline,
    bool Overdue,
    int Subjects,
    DateTimeOffset? AnsweredAt);
