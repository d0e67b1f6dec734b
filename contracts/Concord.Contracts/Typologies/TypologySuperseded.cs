using Concord.Contracts.Sharing;

namespace Concord.Contracts.Typologies;

/// <summary>
/// A new version of a typology replaces the version the recipient holds: the new content, and what changed since the
/// recipient's version. One message per recipient.
/// </summary>
public sealed record TypologySuperseded
{
    /// <summary>This recipient's copy of the new version: what its acknowledgement names.</summary>
    public required Guid DistributionId { get; init; }

    public required string RecipientOrganisationId { get; init; }

    /// <summary>The version the recipient held, now superseded.</summary>
    public required int SupersededVersion { get; init; }

    /// <summary>The new version.</summary>
    public required TypologyContent Typology { get; init; }

    /// <summary>What differs between the superseded version and the new one.</summary>
    public required IReadOnlyList<TypologyChange> Changes { get; init; }

    /// <summary>As for <see cref="TypologyPublished.Envelope"/>.</summary>
    public SharingEnvelope? Envelope { get; init; }
}
