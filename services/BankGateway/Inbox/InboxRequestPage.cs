namespace Concord.BankGateway.Inbox;

/// <summary>One page of the bank's requests, newest first, with the number of matching requests in all.</summary>
public sealed record InboxRequestPage(IReadOnlyList<InboxRequestSummary> Items, int Page, int PageSize, int Total);
