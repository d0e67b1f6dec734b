namespace Concord.Fiu.Endpoints;

/// <summary>One page of the reports linked to a report (other banks' first, then newest), with the number the caller may see in all.</summary>
public sealed record ReportLinkPage(string ConcordReference, IReadOnlyList<LinkedReport> Items, int Page, int PageSize, int Total);
