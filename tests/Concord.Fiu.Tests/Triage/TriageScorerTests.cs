using Concord.Contracts.Filing;
using Concord.Fiu.Triage;
using Concord.Testing;
using Xunit;

namespace Concord.Fiu.Tests.Triage;

public sealed class TriageScorerTests
{
    private static readonly TriageRules Rules = new TriageOptions().ToRules();

    private static SuspiciousActivityReport Plain() => SampleReports.Structuring("bank-alpha", "REF-1") with
    {
        IndicatorCodes = [],
        TypologyCodes = [],
        Transactions = [Transaction(900m, "GBP")],
    };

    private static Transaction Transaction(decimal amount, string currency, string? counterpartyCountry = null) => new()
    {
        OccurredAt = new DateTimeOffset(2026, 10, 1, 10, 0, 0, TimeSpan.Zero),
        Amount = amount,
        Currency = currency,
        Direction = TransactionDirection.Outgoing,
        Channel = "Wire",
        Counterparty = counterpartyCountry is null ? null : new Counterparty { Name = "Counterparty", Country = counterpartyCountry },
    };

    [Fact]
    public void Score_WhenNothingStandsOut_IsZeroWithNoFactors()
    {
        var assessment = TriageScorer.Score(Plain(), 1, Rules);

        Assert.Equal((0, 0), (assessment.Score, assessment.Factors.Count));
    }

    [Theory]
    [InlineData(2, 25, "subject reported by 2 banks in 30 days")]
    [InlineData(3, 50, "subject reported by 3 banks in 30 days")]
    [InlineData(4, 75, "subject reported by 4 banks in 30 days")]
    [InlineData(9, 75, "subject reported by 9 banks in 30 days")]
    public void Score_WhenOtherBanksReportedASharedSubject_CountsUpToThreeOthers(int banks, int points, string explanation)
    {
        var factor = Assert.Single(TriageScorer.Score(Plain(), banks, Rules).Factors);

        Assert.Equal((TriageFactorCodes.MultipleBanks, points, explanation), (factor.Code, factor.Points, factor.Explanation));
    }

    [Fact]
    public void Score_WhenTypologiesAreCited_NamesEachUpToTwo()
    {
        var report = Plain() with { TypologyCodes = ["T-2026-014", "T-2026-003", "T-2026-009", "T-2026-014"] };

        var factors = TriageScorer.Score(report, 1, Rules).Factors;

        Assert.Equal(["cites typology T-2026-014", "cites typology T-2026-003"], factors.Select(f => f.Explanation));
        Assert.All(factors, f => Assert.Equal((TriageFactorCodes.CitesTypology, 15), (f.Code, f.Points)));
    }

    [Theory]
    [InlineData(10_000, false)]
    [InlineData(10_000.01, true)]
    public void Score_WhenTheTotalInACurrencyExceedsItsThreshold_SaysByHowMuch(decimal total, bool above)
    {
        var report = Plain() with { Transactions = [Transaction(total / 2, "EUR"), Transaction(total / 2, "EUR")] };

        var factors = TriageScorer.Score(report, 1, Rules).Factors;

        Assert.Equal(above, factors.Any(f => f.Code == TriageFactorCodes.AmountAboveThreshold));
    }

    [Fact]
    public void Score_WhenAmountIsAboveThreshold_ExplainsCurrencyTotalAndThreshold()
    {
        var report = Plain() with { Transactions = [Transaction(28_900m, "GBP"), Transaction(20_000m, "GBP")] };

        var factor = Assert.Single(TriageScorer.Score(report, 1, Rules).Factors);

        Assert.Equal((20, "amount above threshold: GBP 48,900.00 in transactions (threshold 10,000)"), (factor.Points, factor.Explanation));
    }

    [Fact]
    public void Score_WhenACurrencyHasNoThreshold_DoesNotConvertIt()
    {
        var report = Plain() with { Transactions = [Transaction(50_000_000m, "JPY")] };

        Assert.Empty(TriageScorer.Score(report, 1, Rules).Factors);
    }

    [Fact]
    public void Score_WhenAHighRiskJurisdictionAppearsAnywhere_NamesEachOnce()
    {
        var report = Plain() with { Transactions = [Transaction(500m, "GBP", "IR"), Transaction(500m, "GBP", "IR")] };
        report = report with { Accounts = [.. report.Accounts, report.Accounts[0] with { LocalId = "A9", InstitutionCountry = "KP" }] };

        var factor = Assert.Single(TriageScorer.Score(report, 1, Rules).Factors);

        Assert.Equal((TriageFactorCodes.HighRiskJurisdiction, 20, "high-risk jurisdiction: IR, KP"), (factor.Code, factor.Points, factor.Explanation));
    }

    [Fact]
    public void Score_WithTheFiusOwnJurisdictionList_UsesItInsteadOfTheDefault()
    {
        var rules = new TriageOptions { HighRiskJurisdictions = ["GB"] }.ToRules();

        var factor = Assert.Single(TriageScorer.Score(Plain(), 1, rules).Factors);

        Assert.Equal("high-risk jurisdiction: GB", factor.Explanation);
    }

    [Fact]
    public void Score_WhenEverythingStandsOut_IsCappedAt100AndOrdersFactorsByWeight()
    {
        var report = Plain() with
        {
            TypologyCodes = ["T-2026-014"],
            IndicatorCodes = ["ML-STRUCT", "DRUG-PROCEEDS"],
            Transactions = [Transaction(48_000m, "GBP", "MM")],
        };

        var assessment = TriageScorer.Score(report, 4, Rules);

        Assert.Equal(100, assessment.Score);
        Assert.Equal(
            [TriageFactorCodes.MultipleBanks, TriageFactorCodes.AmountAboveThreshold, TriageFactorCodes.HighRiskJurisdiction, TriageFactorCodes.CitesTypology, TriageFactorCodes.Indicator, TriageFactorCodes.Indicator],
            assessment.Factors.Select(f => f.Code));
        Assert.Equal(75 + 20 + 20 + 15 + 5 + 5, assessment.Factors.Sum(f => f.Points));
    }

    [Fact]
    public void Score_OfTheSampleStructuringReport_ExplainsItself()
    {
        var assessment = TriageScorer.Score(SampleReports.Structuring("bank-alpha", "REF-2"), 1, Rules);

        Assert.Equal(
            ["amount above threshold: GBP 57,950.00 in transactions (threshold 10,000)", "cites typology T-2026-014", "indicator ML-STRUCT", "indicator DRUG-PROCEEDS"],
            assessment.Factors.Select(f => f.Explanation));
        Assert.Equal(45, assessment.Score);
    }

    [Fact]
    public void Score_WithoutAReport_IsNone()
    {
        Assert.Same(TriageAssessment.None, TriageScorer.Score(null, 3, Rules));
    }
}
