namespace Concord.BankGateway.CaseOutcomes;

/// <summary>One page of the outcomes told to the bank, latest closed first, with the number in all.</summary>
public sealed record CaseOutcomePage(IReadOnlyList<CaseOutcomeEntry> Items, int Page, int PageSize, int Total);
