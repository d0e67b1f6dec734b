using Concord.Contracts.Typologies;
using Concord.Fiu.Triage;
using Concord.Testing;
using Xunit;

namespace Concord.Fiu.Tests.Triage;

/// <summary>The <c>matches-typology</c> factor: points per typology whose rules a report matched, with a cap.</summary>
public sealed class TriageScorerScreeningTests
{
    private static readonly TriageRules Rules = new TriageOptions().ToRules();

    private static readonly Guid First = Guid.NewGuid();
    private static readonly Guid Second = Guid.NewGuid();
    private static readonly Guid Third = Guid.NewGuid();

    private static TypologyHit Hit(Guid typology, string code, int version, string indicator) =>
        new() { TypologyId = typology, Code = code, Version = version, IndicatorCode = indicator };

    private static Concord.Contracts.Filing.SuspiciousActivityReport Plain() => SampleReports.Structuring("bank-alpha", "REF-1") with
    {
        IndicatorCodes = [],
        TypologyCodes = [],
        Transactions = [],
    };

    [Fact]
    public void Score_WhenTheReportMatchedTwoIndicatorsOfOneTypology_GivesOneFactorNamingBoth()
    {
        var assessment = TriageScorer.Score(Plain(), 1, Rules, [Hit(First, "T-2026-014", 2, "STRUCT-1"), Hit(First, "T-2026-014", 2, "GEO-1")]);

        var factor = Assert.Single(assessment.Factors);
        Assert.Equal((TriageFactorCodes.MatchesTypology, 15, "matches STRUCT-1, GEO-1 of T-2026-014 v2"), (factor.Code, factor.Points, factor.Explanation));
        Assert.Equal(15, assessment.Score);
    }

    [Fact]
    public void Score_WhenTheReportMatchedMoreTypologiesThanCount_ScoresOnlyTheCap()
    {
        var assessment = TriageScorer.Score(Plain(), 1, Rules,
            [Hit(First, "T-1", 1, "A"), Hit(Second, "T-2", 1, "B"), Hit(Third, "T-3", 1, "C")]);

        Assert.Equal(["matches A of T-1 v1", "matches B of T-2 v1"], assessment.Factors.Select(f => f.Explanation));
        Assert.Equal(30, assessment.Score);
    }

    [Fact]
    public void Score_WhenTheFiuSetsOtherPointsAndCap_UsesThem()
    {
        var rules = new TriageOptions { MatchedTypologyPoints = 10, MatchedTypologiesCounted = 3 }.ToRules();

        var assessment = TriageScorer.Score(Plain(), 1, rules, [Hit(First, "T-1", 1, "A"), Hit(Second, "T-2", 1, "B"), Hit(Third, "T-3", 1, "C")]);

        Assert.Equal((3, 30), (assessment.Factors.Count, assessment.Score));
    }

    [Fact]
    public void Score_WhenTheReportCitesAndMatchesATypology_KeepsBothFactors()
    {
        var report = Plain() with { TypologyCodes = ["T-2026-014"] };

        var assessment = TriageScorer.Score(report, 1, Rules, [Hit(First, "T-2026-014", 1, "STRUCT-1")]);

        Assert.Equal([TriageFactorCodes.CitesTypology, TriageFactorCodes.MatchesTypology], assessment.Factors.Select(f => f.Code));
    }
}
