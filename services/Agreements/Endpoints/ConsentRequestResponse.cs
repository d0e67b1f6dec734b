using Concord.Agreements.Domain;
using Concord.Contracts.Sharing;

namespace Concord.Agreements.Endpoints;

/// <summary>A request for an originator's consent: who asks to pass which data to whom, why, and the answer once given.</summary>
public sealed record ConsentRequestResponse(
    Guid Id,
    string Originator,
    string RequestedBy,
    string RequestedByPerson,
    string Recipient,
    Purpose Purpose,
    string Subject,
    string SubjectReference,
    string Justification,
    DateTimeOffset RequestedUntil,
    DateTimeOffset RequestedAt,
    ConsentRequestStatus Status,
    DateTimeOffset? AnsweredAt,
    string? AnsweredBy,
    Guid? ConsentId,
    string? Reason)
{
    internal static ConsentRequestResponse From(StoredConsentRequest request) => new(
        request.Id, request.Originator, request.RequestedBy, request.RequestedByPerson, request.Recipient, request.Purpose, request.Subject,
        request.SubjectReference, request.Justification, request.RequestedUntil, request.RequestedAt, request.Status, request.AnsweredAt,
        request.AnsweredBy, request.ConsentId, request.Reason);
}
