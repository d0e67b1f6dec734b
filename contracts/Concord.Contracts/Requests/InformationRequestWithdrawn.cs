using Concord.Contracts.Sharing;

namespace Concord.Contracts.Requests;

/// <summary>The FIU withdrew a request the bank has not answered: the bank stops searching and may no longer answer it.</summary>
public sealed record InformationRequestWithdrawn
{
    public required Guid RequestId { get; init; }

    public required string RequestReference { get; init; }

    public required string BankOrganisationId { get; init; }

    public string? Reason { get; init; }

    /// <summary>The FIU organisation that withdrew it.</summary>
    public required string WithdrawnBy { get; init; }

    public required DateTimeOffset WithdrawnAt { get; init; }

    /// <summary>The basis of the request it withdraws. A message without one is not delivered.</summary>
    public SharingEnvelope? Envelope { get; init; }
}
