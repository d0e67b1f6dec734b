using Concord.Contracts.Sharing;

namespace Concord.Contracts.Agreements;

/// <summary>An originator's consent to pass its data on to one recipient, for one purpose, until it expires.</summary>
public sealed record OnwardSharingConsent
{
    public required Guid ConsentId { get; init; }

    /// <summary>The organisation whose data it is, which granted the consent.</summary>
    public required string Originator { get; init; }

    public required string Recipient { get; init; }

    public required Purpose Purpose { get; init; }

    public required DateTimeOffset GrantedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Set when the originator withdrew the consent before it expired.</summary>
    public DateTimeOffset? RevokedAt { get; init; }
}
