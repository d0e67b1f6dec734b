namespace Concord.Typology.Statistics;

/// <summary>How many reports an indicator's rule fired on.</summary>
public sealed record IndicatorHits(string Indicator, int Reports);
