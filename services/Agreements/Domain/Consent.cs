using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;

namespace Concord.Agreements.Domain;

/// <summary>An originator's consent to pass its data on to one recipient for one purpose, until it expires or is withdrawn.</summary>
public sealed class Consent
{
    public Guid Id { get; set; }

    public required string Originator { get; set; }

    public required string Recipient { get; set; }

    public Purpose Purpose { get; set; }

    public DateTimeOffset GrantedAt { get; set; }

    public required string GrantedBy { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    /// <summary>The change sequence of the consent's latest change.</summary>
    public long Sequence { get; set; }

    public OnwardSharingConsent ToContract() => new()
    {
        ConsentId = Id,
        Originator = Originator,
        Recipient = Recipient,
        Purpose = Purpose,
        GrantedAt = GrantedAt,
        ExpiresAt = ExpiresAt,
        RevokedAt = RevokedAt,
    };
}
