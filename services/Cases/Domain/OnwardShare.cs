using Concord.Contracts.Sharing;

namespace Concord.Cases.Domain;

/// <summary>
/// A member's request to pass an item on to another member organisation, as the case holds it, with the originator's
/// answer once it came. Whether the recipient sees the item is still <see cref="ItemVisibility"/>'s question (the
/// replica's consent); this is the record of who asked, why, and what the originator said.
/// </summary>
public sealed record OnwardShare
{
    public required Guid ShareId { get; init; }

    public required Guid ItemId { get; init; }

    /// <summary>The item's originator when asked: the only organisation whose answer counts.</summary>
    public required string Originator { get; init; }

    public required string Recipient { get; init; }

    public required Purpose Purpose { get; init; }

    public required string Justification { get; init; }

    public required DateTimeOffset RequestedUntil { get; init; }

    public required string RequestedBy { get; init; }

    public required string RequestedByOrganisation { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }

    public bool Granted { get; init; }

    public Guid? ConsentId { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public string? RefusalReason { get; init; }

    public string? AnsweredBy { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    public bool IsAnswered => AnsweredAt is not null;

    /// <summary>The status at <paramref name="now"/>: a granted consent past its expiry is Expired.</summary>
    public OnwardShareStatus StatusAt(DateTimeOffset now) =>
        !IsAnswered ? OnwardShareStatus.AwaitingConsent
        : !Granted ? OnwardShareStatus.Refused
        : ExpiresAt is { } expires && now >= expires ? OnwardShareStatus.Expired
        : OnwardShareStatus.Granted;
}
