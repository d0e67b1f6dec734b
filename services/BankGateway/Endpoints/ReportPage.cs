namespace Concord.BankGateway.Endpoints;

public sealed record ReportPage(IReadOnlyList<ReportStatusResponse> Items, int Page, int PageSize, int Total);
