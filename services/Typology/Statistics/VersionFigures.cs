namespace Concord.Typology.Statistics;

/// <summary>
/// One version's figures: how many organisations it was sent to and acknowledged it; how many reports cite it (the version
/// in force when the report was filed) and how many its rules fired on (per indicator); and how many of those reports the
/// FIU's latest decision was to disseminate.
/// </summary>
public sealed record VersionFigures(
    int Version,
    DateTimeOffset PublishedAt,
    int Recipients,
    int Acknowledgements,
    int Citations,
    int RuleHits,
    int Disseminations,
    IReadOnlyList<IndicatorHits> IndicatorHits);
