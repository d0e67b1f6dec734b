using Concord.Contracts.Filing;
using Xunit;
using static Concord.Screening.Tests.Reports;

namespace Concord.Screening.Tests;

public sealed class AggregateTests
{
    private static readonly SuspiciousActivityReport Sample = Report(
        transactions:
        [
            Cash(9000, 0), Cash(9500, 1), Cash(4000, 2, currency: "EUR"),
            Wire(1000, 3, name: "A", iban: "GB01"), Wire(2000, 4, name: "b", iban: "gb01"), Wire(3000, 5, name: "C", iban: "GB02"),
        ],
        subjects: [Person("S1", nationalities: ["GB"]), Person("S2", nationalities: ["GB", "MX"])],
        accounts: []);

    [Theory]
    [InlineData("count(transactions) = 6", true)]
    [InlineData("count(transactions where channel = \"Cash\") = 3", true)]
    [InlineData("count(transactions where channel = \"Cash\" and currency = \"GBP\") = 2", true)]
    [InlineData("count(accounts) = 0", true)]
    [InlineData("count(subjects where person.nationalities contains \"MX\") >= 1", true)]
    public void Count_CountsThePassingItems(string rule, bool expected) => Assert.Equal(expected, RuleAssert.Matches(rule, Sample));

    [Theory]
    [InlineData("sum(transactions where channel = \"Cash\" and currency = \"GBP\", amount) = 18500", true)]
    [InlineData("sum(transactions, amount) = 28500", true)]
    [InlineData("sum(accounts where heldAtReportingEntity, ageInDays) = 0", true)]
    [InlineData("min(transactions where channel = \"Wire\", amount) = 1000", true)]
    [InlineData("max(transactions where channel = \"Wire\", amount) = 3000", true)]
    [InlineData("avg(transactions where channel = \"Wire\", amount) = 2000", true)]
    [InlineData("max(transactions where channel = \"Card\", amount) >= 0", false)]
    [InlineData("avg(transactions where channel = \"Card\", amount) < 1", false)]
    public void NumericAggregates_FoldTheFieldOfThePassingItems(string rule, bool expected) =>
        Assert.Equal(expected, RuleAssert.Matches(rule, Sample));

    [Theory]
    [InlineData("distinct(transactions where channel = \"Wire\", counterparty.iban) = 2", true)]
    [InlineData("distinct(transactions where channel = \"Wire\", counterparty.name) = 3", true)]
    [InlineData("distinct(transactions, counterparty.iban) = 2", true)]
    [InlineData("distinct(transactions where channel = \"Cash\", counterparty.iban) = 0", true)]
    public void Distinct_CountsDifferentValuesIgnoringCaseAndMissingOnes(string rule, bool expected) =>
        Assert.Equal(expected, RuleAssert.Matches(rule, Sample));

    [Theory]
    [InlineData("any(transactions where amount > 9000)", true)]
    [InlineData("any(transactions where amount > 9500)", false)]
    [InlineData("any(transactions)", true)]
    [InlineData("any(accounts)", false)]
    [InlineData("all(transactions where amount >= 1000)", true)]
    [InlineData("all(transactions where channel = \"Cash\")", false)]
    [InlineData("all(subjects where person.nationalities contains \"GB\")", true)]
    [InlineData("all(accounts where heldAtReportingEntity)", false)]
    public void AnyAndAll_TestThePassingItems_AndAllOfNothingIsFalse(string rule, bool expected) =>
        Assert.Equal(expected, RuleAssert.Matches(rule, Sample));

    [Fact]
    public void Aggregates_CombineWithLogic()
    {
        Assert.True(RuleAssert.Matches(
            "count(transactions where channel = \"Cash\") >= 3 and any(subjects where person.nationalities contains \"MX\") or indicatorCodes contains \"X\"",
            Sample));
    }
}
