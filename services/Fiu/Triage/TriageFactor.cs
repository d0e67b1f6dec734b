namespace Concord.Fiu.Triage;

/// <summary>One reason a report scores: a stable code, the points it gives and what an analyst reads.</summary>
public sealed record TriageFactor(string Code, int Points, string Explanation);

/// <summary>A report's score and the factors it is the sum of, highest first.</summary>
public sealed record TriageAssessment(int Score, IReadOnlyList<TriageFactor> Factors)
{
    public static TriageAssessment None { get; } = new(0, []);
}

/// <summary>The codes of <see cref="TriageFactor"/>.</summary>
public static class TriageFactorCodes
{
    public const string MultipleBanks = "multiple-banks";
    public const string CitesTypology = "cites-typology";
    public const string MatchesTypology = "matches-typology";
    public const string AmountAboveThreshold = "amount-above-threshold";
    public const string HighRiskJurisdiction = "high-risk-jurisdiction";
    public const string Indicator = "indicator";
}
