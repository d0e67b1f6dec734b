using Xunit;
using static Concord.Screening.Tests.Reports;

namespace Concord.Screening.Tests;

public sealed class WindowTests
{
    private const string Structuring =
        "count(transactions where channel = \"Cash\" and direction = \"In\" and amount < 10000 within 7 days) >= 3";

    [Fact]
    public void Count_WhenThreeSmallDepositsFallInSevenDays_Matches() =>
        Assert.True(RuleAssert.Matches(Structuring, Report([Cash(9000, 0), Cash(9500, 3), Cash(9900, 6)])));

    [Fact]
    public void Count_WhenTheThirdDepositIsExactlySevenDaysAfterTheFirst_Matches() =>
        Assert.True(RuleAssert.Matches(Structuring, Report([Cash(9000, 0), Cash(9500, 3), Cash(9900, 7)])));

    [Fact]
    public void Count_WhenTheThirdDepositIsOneSecondPastSevenDays_DoesNotMatch() =>
        Assert.False(RuleAssert.Matches(Structuring, Report([Cash(9000, 0), Cash(9500, 3), Cash(9900, 7 + (1.0 / 86_400))])));

    [Fact]
    public void Count_WhenTheDepositsAreSpreadOut_DoesNotMatch() =>
        Assert.False(RuleAssert.Matches(Structuring, Report([Cash(9000, 0), Cash(9500, 5), Cash(9900, 10), Cash(9100, 15)])));

    [Fact]
    public void Count_WhenTheTransactionsComeUnordered_FindsTheWindow() =>
        Assert.True(RuleAssert.Matches(Structuring, Report([Cash(9900, 30), Cash(9000, 0), Cash(9500, 29), Cash(9100, 15), Cash(9200, 27)])));

    [Fact]
    public void Count_WhenTransactionsShareOneInstant_CountsEach() =>
        Assert.True(RuleAssert.Matches(Structuring, Report([Cash(9000, 2), Cash(9000, 2), Cash(9000, 2)])));

    [Fact]
    public void Count_OnlyCountsThePassingTransactions()
    {
        var report = Report([Cash(9000, 0), Cash(12_000, 1), Cash(9000, 2, TransactionDirectionOut), Wire(9000, 3), Cash(9500, 4)]);
        Assert.False(RuleAssert.Matches(Structuring, report));
    }

    [Fact]
    public void Count_WithTheWindowAfterTheParenthesis_MeansTheSame()
    {
        const string after = "count(transactions where channel = \"Cash\" and direction = \"In\" and amount < 10000) within 7 days >= 3";
        Assert.True(RuleAssert.Matches(after, Report([Cash(9000, 0), Cash(9500, 3), Cash(9900, 7)])));
        Assert.False(RuleAssert.Matches(after, Report([Cash(9000, 0), Cash(9500, 3), Cash(9900, 8)])));
    }

    [Fact]
    public void Count_WithAWindowInHours_UsesHours()
    {
        const string rule = "count(transactions where channel = \"Cash\" within 48 hours) >= 2";
        Assert.True(RuleAssert.Matches(rule, Report([Cash(100, 0), Cash(100, 2)])));
        Assert.False(RuleAssert.Matches(rule, Report([Cash(100, 0), Cash(100, 2.01)])));
    }

    [Fact]
    public void Count_WhenNegatedWithLessThan_MeansNoWindowReachesTheCount() =>
        Assert.True(RuleAssert.Matches(
            "count(transactions where channel = \"Cash\" within 7 days) < 3", Report([Cash(1, 0), Cash(1, 6), Cash(1, 13)])));

    [Fact]
    public void Sum_WithinAWindow_IsTheLargestSumOfAnyWindow()
    {
        var report = Report([Cash(6000, 0), Cash(6000, 10), Cash(5000, 12), Cash(4000, 16), Cash(7000, 18)]);
        Assert.True(RuleAssert.Matches("sum(transactions where channel = \"Cash\" within 7 days, amount) = 16000", report));
        Assert.True(RuleAssert.Matches("sum(transactions within 7 days, amount) > 15000", report));
        Assert.False(RuleAssert.Matches("sum(transactions within 7 days, amount) > 16000", report));
    }

    [Fact]
    public void Count_OverManyTransactions_StaysFast()
    {
        var transactions = Enumerable.Range(0, 10_000).Select(i => Cash(100, i * 0.5)).Reverse().ToList();
        var rule = RuleAssert.Valid("count(transactions where channel = \"Cash\" within 7 days) >= 16");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.False(rule.Matches(Report(transactions)));
        Assert.True(RuleAssert.Matches("count(transactions where channel = \"Cash\" within 7 days) >= 15", Report(transactions)));
        // Note: a quadratic window over 10,000 items would take ~50 million pair checks; the sort takes well under this.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
    }

    private const Concord.Contracts.Filing.TransactionDirection TransactionDirectionOut = Concord.Contracts.Filing.TransactionDirection.Outgoing;
}
