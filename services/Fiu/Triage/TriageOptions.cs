namespace Concord.Fiu.Triage;

/// <summary>
/// Settings under <c>Concord:Fiu:Triage</c>: what makes a report rise in the analysts' queue. Each rule gives points
/// and says why; the score is their sum, at most 100.
/// </summary>
public sealed class TriageOptions
{
    public const string Section = "Concord:Fiu:Triage";

    /// <summary>
    /// Per ISO 4217 currency, the total of a report's transactions in that currency above which it scores
    /// <see cref="AmountPoints"/>. A currency not listed is not compared (amounts are never converted).
    /// </summary>
    /// <remarks>Note: empty means <see cref="DefaultAmountThresholds"/>; binding adds to a dictionary rather than replacing it.</remarks>
    public Dictionary<string, decimal> AmountThresholds { get; set; } = [];

    /// <summary>ISO 3166-1 alpha-2 codes of jurisdictions the FIU treats as high-risk; empty means <see cref="DefaultHighRiskJurisdictions"/>.</summary>
    public List<string> HighRiskJurisdictions { get; set; } = [];

    /// <summary>How far back reports by other banks on a shared subject count (default 30 days).</summary>
    public int MultiBankWindowDays { get; set; } = 30;

    /// <summary>Points for each other bank that reported a shared subject within the window (at most three banks count).</summary>
    public int OtherBankPoints { get; set; } = 25;

    /// <summary>Points for each typology the report cites (at most two count).</summary>
    public int TypologyPoints { get; set; } = 15;

    public int AmountPoints { get; set; } = 20;

    public int HighRiskJurisdictionPoints { get; set; } = 20;

    /// <summary>Points for each indicator code the report carries (at most three count).</summary>
    public int IndicatorPoints { get; set; } = 5;

    /// <summary>Points for each published typology whose indicator rules the report matches when screened.</summary>
    public int MatchedTypologyPoints { get; set; } = 15;

    /// <summary>How many matched typologies score (the cap on <see cref="MatchedTypologyPoints"/>); the rest are still shown as hits.</summary>
    public int MatchedTypologiesCounted { get; set; } = 2;

    /// <summary>10,000 in the currencies the demo banks report in: the order of the cash-reporting thresholds of the UK, the EU and the US.</summary>
    public static IReadOnlyDictionary<string, decimal> DefaultAmountThresholds { get; } =
        new Dictionary<string, decimal>(StringComparer.Ordinal) { ["GBP"] = 10_000m, ["EUR"] = 10_000m, ["USD"] = 10_000m };

    /// <summary>The FATF's "high-risk jurisdictions subject to a call for action": the DPRK, Iran and Myanmar. An FIU adds its own list.</summary>
    public static IReadOnlyList<string> DefaultHighRiskJurisdictions { get; } = ["KP", "IR", "MM"];

    public TriageRules ToRules() => new(
        AmountThresholds.Count > 0 ? new Dictionary<string, decimal>(AmountThresholds, StringComparer.Ordinal) : DefaultAmountThresholds,
        (HighRiskJurisdictions.Count > 0 ? HighRiskJurisdictions : DefaultHighRiskJurisdictions).ToHashSet(StringComparer.Ordinal),
        TimeSpan.FromDays(MultiBankWindowDays),
        OtherBankPoints, TypologyPoints, AmountPoints, HighRiskJurisdictionPoints, IndicatorPoints,
        MatchedTypologyPoints, MatchedTypologiesCounted);
}

/// <summary>The triage settings, checked and ready for <see cref="TriageScorer"/>.</summary>
public sealed record TriageRules(
    IReadOnlyDictionary<string, decimal> AmountThresholds,
    IReadOnlySet<string> HighRiskJurisdictions,
    TimeSpan MultiBankWindow,
    int OtherBankPoints,
    int TypologyPoints,
    int AmountPoints,
    int HighRiskJurisdictionPoints,
    int IndicatorPoints,
    int MatchedTypologyPoints,
    int MatchedTypologiesCounted);
