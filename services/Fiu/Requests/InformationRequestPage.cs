namespace Concord.Fiu.Requests;

/// <summary>One page of requests, newest first, with the number of matching requests in all.</summary>
public sealed record InformationRequestPage(IReadOnlyList<InformationRequestSummary> Items, int Page, int PageSize, int Total);
