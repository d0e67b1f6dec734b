namespace Concord.Cases.Domain;

public sealed record CaseTask(
    Guid TaskId, string Title, string Assignee, DateOnly DueOn, CaseTaskStatus Status, bool FromTemplate,
    string CreatedBy, DateTimeOffset CreatedAt, string? CompletedBy = null, DateTimeOffset? CompletedAt = null);
