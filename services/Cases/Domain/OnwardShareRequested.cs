using Concord.Contracts.Sharing;

namespace Concord.Cases.Domain;

/// <summary>A member asked the item's originator for consent to pass it on to <see cref="Recipient"/> for <see cref="Purpose"/>.</summary>
public sealed record OnwardShareRequested : OnwardShareEvent
{
    public required string Originator { get; init; }

    public required string Recipient { get; init; }

    public required Purpose Purpose { get; init; }

    public required string Justification { get; init; }

    public required DateTimeOffset RequestedUntil { get; init; }
}
