namespace Concord.Cases.Views;

/// <summary>One page of the cases the caller's organisation is a member of; <see cref="Total"/> counts only those.</summary>
public sealed record CasePage(IReadOnlyList<CaseSummary> Items, int Page, int PageSize, int Total);
