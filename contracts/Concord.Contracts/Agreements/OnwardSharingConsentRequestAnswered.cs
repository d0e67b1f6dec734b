namespace Concord.Contracts.Agreements;

/// <summary>
/// The originator answered a consent request. A grant is also an ordinary consent (published as
/// <see cref="OnwardSharingConsentChanged"/> to every replica); this tells the requesting service which request it answers.
/// </summary>
public sealed record OnwardSharingConsentRequestAnswered
{
    public required Guid RequestId { get; init; }

    public required string Originator { get; init; }

    public required string RequestedBy { get; init; }

    public required string SubjectReference { get; init; }

    public required bool Granted { get; init; }

    /// <summary>The consent the grant created; null when refused.</summary>
    public Guid? ConsentId { get; init; }

    /// <summary>When the granted consent expires; null when refused.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>The originator's reason, required for a refusal.</summary>
    public string? Reason { get; init; }

    /// <summary>The originator's client or user that answered.</summary>
    public required string AnsweredBy { get; init; }

    public required DateTimeOffset AnsweredAt { get; init; }
}
