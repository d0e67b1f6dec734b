namespace Concord.Fiu.Endpoints;

/// <summary>One page of received reports, newest first, with the number of matching reports in all.</summary>
public sealed record ReceivedReportPage(IReadOnlyList<ReceivedReportSummary> Items, int Page, int PageSize, int Total);
