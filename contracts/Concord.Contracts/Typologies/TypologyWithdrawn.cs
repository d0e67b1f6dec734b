using Concord.Contracts.Sharing;

namespace Concord.Contracts.Typologies;

/// <summary>
/// A typology no longer applies to the recipient: the FIU withdrew it, or a new version's audience no longer includes
/// the recipient. The recipient keeps the record that it had it, marked withdrawn, until its retention ends.
/// </summary>
public sealed record TypologyWithdrawn
{
    public required Guid TypologyId { get; init; }

    public required string Code { get; init; }

    /// <summary>The version the recipient held.</summary>
    public required int Version { get; init; }

    public required string RecipientOrganisationId { get; init; }

    /// <summary>Why, in the FIU's words (e.g. "superseded by T-2026-021", "no longer in the audience").</summary>
    public required string Reason { get; init; }

    public required DateTimeOffset WithdrawnAt { get; init; }

    /// <summary>From the FIU to the recipient, for <c>TypologyDissemination</c>, category <c>TypologyIndicators</c>.</summary>
    public SharingEnvelope? Envelope { get; init; }
}
