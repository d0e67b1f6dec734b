using Concord.Contracts.Sharing;

namespace Concord.Contracts.Requests;

/// <summary>A bank answered a request: match or no match for every subject, with details where the agreement allows.</summary>
public sealed record InformationRequestAnswered
{
    /// <summary>The bank's copy of the request, as <see cref="InformationRequested.RequestId"/> named it.</summary>
    public required Guid RequestId { get; init; }

    public required string RequestReference { get; init; }

    /// <summary>The answering bank, taken from its token (never from the body).</summary>
    public required string BankOrganisationId { get; init; }

    /// <summary>One answer per subject of the request.</summary>
    public required IReadOnlyList<SubjectAnswer> Answers { get; init; }

    /// <summary>The bank's client or user that answered.</summary>
    public required string AnsweredBy { get; init; }

    public required DateTimeOffset AnsweredAt { get; init; }

    /// <summary>
    /// The basis the answer travels under: from the bank back to the FIU, under the request's agreement, for
    /// <c>InformationRequest</c>; its categories say what the answer holds. A message without one is not delivered.
    /// </summary>
    public SharingEnvelope? Envelope { get; init; }
}
