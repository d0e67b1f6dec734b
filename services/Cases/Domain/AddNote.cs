namespace Concord.Cases.Domain;

public sealed record AddNote : CaseCommand
{
    public required Guid NoteId { get; init; }

    public required string Text { get; init; }
}
