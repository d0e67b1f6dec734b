namespace Concord.Cases.Domain;

/// <summary>
/// The originator's answer to a request to pass an item on arrives (from the Agreements service, not from a member):
/// applied once, and only from the item's originator.
/// </summary>
public sealed record RecordOnwardShareAnswer : CaseCommand
{
    public required Guid ShareId { get; init; }

    public required string Originator { get; init; }

    public required bool Granted { get; init; }

    public Guid? ConsentId { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public string? Reason { get; init; }
}
