namespace Concord.BankGateway.Typologies;

/// <summary>One page of the typologies that reached the bank, current versions first; how many match, and how many current ones await its acknowledgement.</summary>
public sealed record TypologyPage(IReadOnlyList<TypologySummary> Items, int Page, int PageSize, int Total, int Unacknowledged);
