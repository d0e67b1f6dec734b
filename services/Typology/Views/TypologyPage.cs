namespace Concord.Typology.Views;

public sealed record TypologyPage(IReadOnlyList<TypologySummary> Items, int Page, int PageSize, int Total);
