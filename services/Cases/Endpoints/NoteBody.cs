namespace Concord.Cases.Endpoints;

public sealed record NoteBody(string? Text);
