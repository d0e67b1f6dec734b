namespace Concord.Cases.Domain;

/// <summary>Something that happened to a request to pass an item on; shown only to organisations that see the item.</summary>
public abstract record OnwardShareEvent : CaseEvent
{
    public required Guid ShareId { get; init; }

    public required Guid ItemId { get; init; }
}
