namespace Concord.Agreements.Endpoints;

/// <summary>One page of agreements, newest first, with the number the caller may see in all.</summary>
public sealed record AgreementPage(IReadOnlyList<AgreementSummary> Items, int Page, int PageSize, int Total);
