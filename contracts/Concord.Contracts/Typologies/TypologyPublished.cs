using Concord.Contracts.Sharing;

namespace Concord.Contracts.Typologies;

/// <summary>
/// A typology version reaches one organisation of its audience that did not hold any version of it before (its first
/// version, or a later one whose audience now includes the organisation). One message per recipient, so no recipient
/// learns from it who else received the typology.
/// </summary>
public sealed record TypologyPublished
{
    /// <summary>This recipient's copy: what its acknowledgement names.</summary>
    public required Guid DistributionId { get; init; }

    /// <summary>The recipient: the only one on the envelope.</summary>
    public required string RecipientOrganisationId { get; init; }

    public required TypologyContent Typology { get; init; }

    /// <summary>
    /// The basis it travels under: from the FIU to the recipient, for <c>TypologyDissemination</c>, category
    /// <c>TypologyIndicators</c>, with the typology's marking. A message without one is not delivered.
    /// </summary>
    public SharingEnvelope? Envelope { get; init; }
}
