namespace Concord.Fiu.Requests;

/// <summary>One subject across the banks asked: which matched it, which did not, which have yet to say.</summary>
public sealed record SubjectFindings(string Subject, IReadOnlyList<string> Matched, IReadOnlyList<string> NotMatched, IReadOnlyList<string> Awaiting);
