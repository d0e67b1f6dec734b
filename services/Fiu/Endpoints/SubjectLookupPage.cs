namespace Concord.Fiu.Endpoints;

/// <summary>Where an identifier occurs, newest report first, paged; <see cref="Value"/> is the normalised form that was looked up.</summary>
public sealed record SubjectLookupPage(string Kind, string Value, IReadOnlyList<SubjectOccurrence> Items, int Page, int PageSize, int Total);
