namespace Concord.Cases.Endpoints;

/// <summary>Opening a case from a dissemination: its title and type; the agreement is the dissemination's.</summary>
public sealed record DisseminationCaseBody(string? Title, string? CaseType);
