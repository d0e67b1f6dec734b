namespace Concord.Typology.Views;

public sealed record ApplicableTypologyPage(IReadOnlyList<ApplicableTypology> Items);
