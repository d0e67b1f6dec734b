namespace Concord.Cases.Endpoints;

public sealed record TaskBody(string? Title, string? Assignee, DateOnly? DueOn);
