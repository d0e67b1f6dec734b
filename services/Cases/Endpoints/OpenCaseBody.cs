using Concord.Cases.Domain;

namespace Concord.Cases.Endpoints;

/// <summary>Opening a case: its title, its type (which sets its first tasks) and the code of the task force's agreement.</summary>
public sealed record OpenCaseBody(string? Title, string? CaseType, string? AgreementCode);
