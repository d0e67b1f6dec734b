namespace Concord.Cases.Views;

/// <summary>One page of the caller's organisation's disseminations, pending first; <see cref="Total"/> counts only those.</summary>
public sealed record DisseminationPage(IReadOnlyList<DisseminationView> Items, int Page, int PageSize, int Total);
