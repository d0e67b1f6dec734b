namespace Concord.Fiu.Requests;

/// <summary>A request in a list: its state, its deadline, and each bank's state, without any answer's content.</summary>
public sealed record InformationRequestSummary(
    string Reference,
    string Agreement,
    InformationRequestStatus Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset Deadline,
    bool Overdue,
    int Subjects,
    int Answered,
    IReadOnlyList<RecipientSummary> Recipients);
