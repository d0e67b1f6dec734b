using Concord.Contracts.Requests;

namespace Concord.Cases.Domain;

/// <summary>One bank's production request as the case holds it.</summary>
public sealed record ProductionRequestState(
    Guid ProductionRequestId, string Reference, string BankOrganisationId, string Description, IReadOnlyList<RequestedSubject> Subjects,
    string? LegalInstrument, DateTimeOffset Deadline, string RequestedBy, string RequestedByOrganisation, DateTimeOffset RequestedAt,
    DateTimeOffset? AnsweredAt = null, Guid? ItemId = null);
