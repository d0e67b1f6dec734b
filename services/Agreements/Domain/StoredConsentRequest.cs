using Concord.Contracts.Sharing;

namespace Concord.Agreements.Domain;

/// <summary>
/// A request, made through a service for one of its organisations, that an originator consent to its data being passed
/// on; the originator grants it (which creates a <see cref="Consent"/>) or refuses it with a reason.
/// </summary>
public sealed class StoredConsentRequest
{
    public Guid Id { get; set; }

    public required string Originator { get; set; }

    public required string RequestedBy { get; set; }

    public required string RequestedByPerson { get; set; }

    public required string Recipient { get; set; }

    public Purpose Purpose { get; set; }

    public required string Subject { get; set; }

    public required string SubjectReference { get; set; }

    public required string Justification { get; set; }

    public DateTimeOffset RequestedUntil { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public ConsentRequestStatus Status { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public string? AnsweredBy { get; set; }

    /// <summary>The consent a grant created.</summary>
    public Guid? ConsentId { get; set; }

    /// <summary>The originator's reason for a refusal.</summary>
    public string? Reason { get; set; }
}
