using Concord.Contracts.Requests;

namespace Concord.Fiu.Requests;

/// <summary>A request in full: what was asked, of whom, by when, and the answers as they arrived, per bank and per subject.</summary>
public sealed record InformationRequestDetails(
    string Reference,
    string Agreement,
    Guid AgreementId,
    string LegalGateway,
    InformationRequestStatus Status,
    DateTimeOffset Deadline,
    bool Overdue,
    string Reason,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawalReason,
    IReadOnlyList<RequestedSubject> Subjects,
    IReadOnlyList<RecipientDetails> Recipients,
    IReadOnlyList<SubjectFindings> Findings);
