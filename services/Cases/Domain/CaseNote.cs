namespace Concord.Cases.Domain;

public sealed record CaseNote(Guid NoteId, string Text, string By, string ByOrganisation, DateTimeOffset At);
