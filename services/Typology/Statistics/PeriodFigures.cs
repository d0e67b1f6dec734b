namespace Concord.Typology.Statistics;

/// <summary>One period's figures for one version (acknowledgements by when they came, reports by when they were filed).</summary>
public sealed record PeriodFigures(string Period, int Version, int Acknowledgements, int Citations, int RuleHits, int Disseminations);
