using Concord.Contracts.Sharing;

namespace Concord.Contracts.Agreements;

/// <summary>
/// A service asks an originator, on behalf of one of its organisations, for consent to pass the originator's data on to
/// a recipient for a purpose (e.g. a task force wants to pass a bank's documents to the prosecutor). The Agreements
/// service keeps the request for the originator to grant or refuse; it carries a description of the data, never the
/// data itself.
/// </summary>
public sealed record OnwardSharingConsentRequested
{
    public required Guid RequestId { get; init; }

    /// <summary>The organisation whose data it is: the only one that may grant or refuse.</summary>
    public required string Originator { get; init; }

    /// <summary>The organisation that holds the data and wants to pass it on.</summary>
    public required string RequestedBy { get; init; }

    /// <summary>The person (client or user) in <see cref="RequestedBy"/> who asked.</summary>
    public required string RequestedByPerson { get; init; }

    public required string Recipient { get; init; }

    public required Purpose Purpose { get; init; }

    /// <summary>Which data, as the requesting service names it, e.g. <c>case CASE-2026-7KQ2M9XW4T, item 3 (ProducedDocuments, AMBER)</c>.</summary>
    public required string Subject { get; init; }

    /// <summary>A stable reference of the data in the requesting service, e.g. <c>cases:item:{id}</c>.</summary>
    public required string SubjectReference { get; init; }

    /// <summary>Why the requester needs to pass it on.</summary>
    public required string Justification { get; init; }

    /// <summary>How long the requester asks the consent to last; the originator decides the actual expiry.</summary>
    public required DateTimeOffset RequestedUntil { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }
}
