namespace Concord.Contracts.Agreements;

/// <summary>An originator granted or withdrew an onward-sharing consent.</summary>
public sealed record OnwardSharingConsentChanged
{
    public required OnwardSharingConsent Consent { get; init; }

    /// <summary>The Agreements service's change sequence.</summary>
    public required long Sequence { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }
}
