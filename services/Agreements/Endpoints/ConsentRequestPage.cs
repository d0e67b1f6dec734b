namespace Concord.Agreements.Endpoints;

/// <summary>One page of consent requests: pending first, then newest first.</summary>
public sealed record ConsentRequestPage(IReadOnlyList<ConsentRequestResponse> Items, int Page, int PageSize, int Total);
