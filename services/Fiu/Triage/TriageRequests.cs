namespace Concord.Fiu.Triage;

/// <summary><c>PUT /api/v1/reports/{reference}/assignment</c>: the analyst to assign the report to.</summary>
public sealed record AssignmentRequest(string? AssignedTo);

/// <summary><c>POST /api/v1/reports/{reference}/decision</c>.</summary>
public sealed record DecisionRequest(TriageDecision? Decision, string? Reason);

/// <summary><c>POST /api/v1/reports/{reference}/notes</c>.</summary>
public sealed record NoteRequest(string? Text);
