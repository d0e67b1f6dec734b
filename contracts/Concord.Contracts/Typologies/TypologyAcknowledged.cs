using Concord.Contracts.Sharing;

namespace Concord.Contracts.Typologies;

/// <summary>A recipient confirmed it received a typology version and took it into its monitoring.</summary>
public sealed record TypologyAcknowledged
{
    /// <summary>The recipient's copy, as <see cref="TypologyPublished.DistributionId"/> or <see cref="TypologySuperseded.DistributionId"/> named it.</summary>
    public required Guid DistributionId { get; init; }

    public required Guid TypologyId { get; init; }

    public required string Code { get; init; }

    public required int Version { get; init; }

    /// <summary>The acknowledging organisation, taken from its token (never from a body).</summary>
    public required string OrganisationId { get; init; }

    /// <summary>The client or user that acknowledged.</summary>
    public required string AcknowledgedBy { get; init; }

    public required DateTimeOffset AcknowledgedAt { get; init; }

    /// <summary>From the recipient back to the FIU, for <c>TypologyDissemination</c>, category <c>TypologyIndicators</c>.</summary>
    public SharingEnvelope? Envelope { get; init; }
}
