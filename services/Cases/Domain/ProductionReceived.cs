namespace Concord.Cases.Domain;

/// <summary>The bank asked answered its production request; its documents are the item <see cref="ItemId"/>.</summary>
public sealed record ProductionReceived : CaseEvent
{
    public required Guid ProductionRequestId { get; init; }

    public required Guid ItemId { get; init; }
}
