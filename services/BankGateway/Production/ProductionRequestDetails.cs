using Concord.BankGateway.Inbox;
using Concord.Contracts.Requests;

namespace Concord.BankGateway.Production;

/// <summary>
/// A production request in full, as the bank it is addressed to sees it: what to produce about whom, under which
/// instrument, by when, the basis it came under, and the bank's own answer once given. Nothing in it names another bank.
/// </summary>
public sealed record ProductionRequestDetails(
    string Reference,
    string RequestedBy,
    string RequestedByPerson,
    ProductionRequestStatus Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset ReceivedAt,
    DateTimeOffset Deadline,
    bool Overdue,
    string Description,
    string? LegalInstrument,
    IReadOnlyList<RequestedSubject> Subjects,
    InboxBasis Basis,
    ProductionAnswerDetails? Answer);
