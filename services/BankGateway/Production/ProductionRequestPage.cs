namespace Concord.BankGateway.Production;

/// <summary>One page of the bank's production requests, newest first, with the number of matching requests in all.</summary>
public sealed record ProductionRequestPage(IReadOnlyList<ProductionRequestSummary> Items, int Page, int PageSize, int Total);
