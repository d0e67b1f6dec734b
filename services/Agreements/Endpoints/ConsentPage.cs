namespace Concord.Agreements.Endpoints;

/// <summary>One page of consents, newest first.</summary>
public sealed record ConsentPage(IReadOnlyList<ConsentResponse> Items, int Page, int PageSize, int Total);
