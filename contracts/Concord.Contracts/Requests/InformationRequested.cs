using Concord.Contracts.Sharing;

namespace Concord.Contracts.Requests;

/// <summary>
/// The FIU asks one bank whether it knows the subjects listed, by a deadline. A request to several banks is one
/// message per bank, each with an id and a reference of its own, so no bank learns from it which other banks were
/// asked, nor can two banks tell that they were asked in the same request.
/// </summary>
public sealed record InformationRequested
{
    /// <summary>This bank's copy of the request: what its answer names.</summary>
    public required Guid RequestId { get; init; }

    /// <summary>The reference the bank sees, e.g. <c>RFI-2026-7KQ2M9XW4T</c>: random, so it reveals nothing about other requests.</summary>
    public required string RequestReference { get; init; }

    /// <summary>The bank asked: the only recipient of the envelope.</summary>
    public required string BankOrganisationId { get; init; }

    public required IReadOnlyList<RequestedSubject> Subjects { get; init; }

    /// <summary>Why the FIU asks: context for the bank's search, without naming any other bank.</summary>
    public required string Reason { get; init; }

    /// <summary>When the FIU expects the answer; an answer after it is still taken, and shown late.</summary>
    public required DateTimeOffset Deadline { get; init; }

    /// <summary>The FIU organisation that asks.</summary>
    public required string RequestedBy { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }

    /// <summary>The basis the request travels under: from the FIU to this bank, for <c>InformationRequest</c>. A message without one is not delivered.</summary>
    public SharingEnvelope? Envelope { get; init; }
}
