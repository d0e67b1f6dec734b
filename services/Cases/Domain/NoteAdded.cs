namespace Concord.Cases.Domain;

public sealed record NoteAdded : CaseEvent
{
    public required Guid NoteId { get; init; }

    public required string Text { get; init; }
}
