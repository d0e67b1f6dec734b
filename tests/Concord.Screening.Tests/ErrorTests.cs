using Xunit;

namespace Concord.Screening.Tests;

public sealed class ErrorTests
{
    [Theory]
    [InlineData("", 0, 0)]
    [InlineData("   \n ", 0, 5)]
    public void Parse_WhenEmpty_ReportsEmpty(string rule, int offset, int length)
    {
        var error = RuleAssert.Error(rule, RuleErrorCodes.Empty);
        Assert.Equal((offset, length), (error.Offset, error.Length));
    }

    [Fact]
    public void Parse_WhenAFieldIsUnknown_PointsAtItListsTheValidNamesAndSuggestsTheClosest()
    {
        var error = RuleAssert.Error("reportTypeCode = \"SAR\" and\n  narative contains \"cash\"", RuleErrorCodes.UnknownField);
        Assert.Equal((29, 2, 3, 8), (error.Offset, error.Line, error.Column, error.Length));
        Assert.Contains("'narative'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'narrative'?", error.Message, StringComparison.Ordinal);
        Assert.Contains("indicatorCodes", error.Message, StringComparison.Ordinal);
        Assert.Contains("transactions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenAnItemFieldIsUnknown_ListsThatCollectionsFields()
    {
        var error = RuleAssert.Error("any(transactions where ammount > 5)", RuleErrorCodes.UnknownField);
        Assert.Equal((23, 7), (error.Offset, error.Length));
        Assert.Contains("Did you mean 'amount'?", error.Message, StringComparison.Ordinal);
        Assert.Contains("counterparty.country", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenAnItemFieldIsUsedAtTheReportLevel_SaysWhichCollectionHasIt()
    {
        var error = RuleAssert.Error("amount > 10000", RuleErrorCodes.UnknownField);
        Assert.Equal((0, 6), (error.Offset, error.Length));
        Assert.Contains("any(transactions where amount", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenAReportFieldIsUsedInsideAFilter_SuggestsTheReportPrefix()
    {
        var error = RuleAssert.Error("any(transactions where currency != localCurrency)", RuleErrorCodes.UnknownField);
        Assert.Equal((35, 13), (error.Offset, error.Length));
        Assert.Contains("report.localCurrency", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenAFunctionIsUnknown_ReportsItAndSuggests()
    {
        var error = RuleAssert.Error("cnt(transactions) > 2", RuleErrorCodes.UnknownFunction);
        Assert.Equal((0, 3), (error.Offset, error.Length));
        Assert.Contains("Did you mean 'count'?", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reportTypeCode = 5", 0, 18)]
    [InlineData("any(transactions where amount > \"10000\")", 23, 16)]
    [InlineData("detectedOn = 2026", 0, 17)]
    [InlineData("any(transactions where counterparty.country in [\"MX\", 3])", 54, 1)]
    [InlineData("narrative contains 5", 19, 1)]
    public void Parse_WhenTypesDiffer_ReportsTypeMismatch(string rule, int offset, int length)
    {
        var error = RuleAssert.Error(rule, RuleErrorCodes.TypeMismatch);
        Assert.Equal((offset, length), (error.Offset, error.Length));
    }

    [Theory]
    [InlineData("narrative < \"b\"", 10, 1)]
    [InlineData("any(transactions where amount contains \"1\")", 30, 8)]
    [InlineData("indicatorCodes = \"X\"", 0, 14)]
    [InlineData("indicatorCodes in [\"X\"]", 0, 14)]
    [InlineData("any(accounts where heldAtReportingEntity > true)", 41, 1)]
    public void Parse_WhenAnOperatorDoesNotApply_ReportsOperatorNotApplicable(string rule, int offset, int length)
    {
        var error = RuleAssert.Error(rule, RuleErrorCodes.OperatorNotApplicable);
        Assert.Equal((offset, length), (error.Offset, error.Length));
    }

    [Theory]
    [InlineData("sum(transactions, currency) > 5", RuleErrorCodes.ArgumentType, 18, 8)]
    [InlineData("distinct(transactions, amount) > 5", RuleErrorCodes.ArgumentType, 23, 6)]
    [InlineData("count(narrative) > 5", RuleErrorCodes.ArgumentType, 6, 9)]
    [InlineData("any(5)", RuleErrorCodes.ArgumentType, 4, 1)]
    [InlineData("count(indicatorCodes where true) > 1", RuleErrorCodes.ArgumentType, 0, 32)]
    [InlineData("sum(transactions) > 5", RuleErrorCodes.ArgumentCount, 0, 17)]
    [InlineData("count(transactions, amount) > 5", RuleErrorCodes.ArgumentCount, 20, 6)]
    [InlineData("count() > 5", RuleErrorCodes.ArgumentCount, 0, 7)]
    public void Parse_WhenAFunctionGetsWrongArguments_SaysWhich(string rule, string code, int offset, int length)
    {
        var error = RuleAssert.Error(rule, code);
        Assert.Equal((offset, length), (error.Offset, error.Length));
    }

    [Theory]
    [InlineData("count(subjects within 7 days) > 1", RuleErrorCodes.WindowNeedsTime, 15, 13)]
    [InlineData("count(accounts) within 30 days > 1", RuleErrorCodes.WindowNeedsTime, 16, 14)]
    [InlineData("any(transactions within 7 days)", RuleErrorCodes.WindowNotAllowed, 17, 13)]
    [InlineData("max(transactions within 7 days, amount) > 1", RuleErrorCodes.WindowNotAllowed, 17, 13)]
    [InlineData("count(transactions within 7 days) within 7 days > 1", RuleErrorCodes.WindowNotAllowed, 34, 13)]
    [InlineData("count(transactions within 0 days) > 1", RuleErrorCodes.InvalidWindow, 19, 13)]
    [InlineData("count(transactions within 400 days) > 1", RuleErrorCodes.InvalidWindow, 19, 15)]
    [InlineData("count(transactions within 7 weeks) > 1", RuleErrorCodes.InvalidWindow, 19, 14)]
    [InlineData("count(transactions within 1.5 days) > 1", RuleErrorCodes.InvalidWindow, 19, 15)]
    public void Parse_WhenAWindowIsWrong_SaysWhy(string rule, string code, int offset, int length)
    {
        var error = RuleAssert.Error(rule, code);
        Assert.Equal((offset, length), (error.Offset, error.Length));
    }

    [Theory]
    [InlineData("any(transactions where count(subjects) > 1)", 23, 15)]
    [InlineData("any(subjects where any(report.transactions))", 19, 24)]
    [InlineData("any(subjects where report.accounts = 1)", 19, 15)]
    public void Parse_WhenAggregatesNest_ReportsNestedAggregate(string rule, int offset, int length)
    {
        var error = RuleAssert.Error(rule, RuleErrorCodes.NestedAggregate);
        Assert.Equal((offset, length), (error.Offset, error.Length));
    }

    [Theory]
    [InlineData("transactions.amount > 5", 0, 19)]
    [InlineData("transactions = 5", 0, 12)]
    public void Parse_WhenACollectionIsUsedAsAValue_ReportsCollectionNotAggregated(string rule, int offset, int length)
    {
        var error = RuleAssert.Error(rule, RuleErrorCodes.CollectionNotAggregated);
        Assert.Equal((offset, length), (error.Offset, error.Length));
    }

    [Theory]
    [InlineData("count(transactions)", 0, 19)]
    [InlineData("narrative", 0, 9)]
    [InlineData("reportTypeCode = \"SAR\" and 5", 27, 1)]
    public void Parse_WhenTheRuleIsNotTrueOrFalse_ReportsNotBoolean(string rule, int offset, int length)
    {
        var error = RuleAssert.Error(rule, RuleErrorCodes.NotBoolean);
        Assert.Equal((offset, length), (error.Offset, error.Length));
    }

    [Theory]
    [InlineData("any(transactions where direction = \"Sideways\")", 35, 10)]
    [InlineData("any(subjects where kind in [\"Person\", \"Trust\"])", 38, 7)]
    public void Parse_WhenACodedFieldGetsAnUnknownValue_ListsTheValues(string rule, int offset, int length)
    {
        var error = RuleAssert.Error(rule, RuleErrorCodes.UnknownValue);
        Assert.Equal((offset, length), (error.Offset, error.Length));
        Assert.Contains("\"Incoming\"", RuleAssert.Error("any(transactions where direction = \"x\")", RuleErrorCodes.UnknownValue).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("detectedOn > \"20/03/2026\"", 13, 12)]
    [InlineData("any(transactions where occurredAt > \"yesterday\")", 36, 11)]
    [InlineData("detectedOn in [\"2026-02-30\"]", 15, 12)]
    public void Parse_WhenADateIsNotIso_ReportsInvalidDate(string rule, int offset, int length)
    {
        var error = RuleAssert.Error(rule, RuleErrorCodes.InvalidDate);
        Assert.Equal((offset, length), (error.Offset, error.Length));
    }

    [Theory]
    [InlineData("reportTypeCode in []", 18, 2)]
    [InlineData("[\"A\"] = reportTypeCode", 0, 5)]
    public void Parse_WhenAListIsEmptyOrMisplaced_ReportsInvalidList(string rule, int offset, int length)
    {
        var error = RuleAssert.Error(rule, RuleErrorCodes.InvalidList);
        Assert.Equal((offset, length), (error.Offset, error.Length));
    }

    [Theory]
    [InlineData("reportTypeCode = ", 17, 0)]
    [InlineData("reportTypeCode = \"SAR\" and", 26, 0)]
    [InlineData("(reportTypeCode = \"SAR\"", 23, 0)]
    [InlineData("reportTypeCode = \"SAR\")", 22, 1)]
    [InlineData("reportTypeCode \"SAR\"", 15, 5)]
    [InlineData("any(transactions where)", 22, 1)]
    [InlineData("narrative starts \"x\"", 17, 3)]
    [InlineData("count(transactions within days) > 1", 26, 4)]
    [InlineData("counterparty. = 1", 14, 1)]
    [InlineData("1 < 2 < 3", 6, 1)]
    [InlineData("reportTypeCode = and", 17, 3)]
    public void Parse_WhenTheSyntaxIsWrong_PointsAtTheToken(string rule, int offset, int length)
    {
        var error = RuleAssert.Error(rule, RuleErrorCodes.Syntax);
        Assert.Equal((offset, length), (error.Offset, error.Length));
    }

    [Theory]
    [InlineData("reportTypeCode = \"SAR\" ; drop", RuleErrorCodes.InvalidCharacter, 23, 1)]
    [InlineData("narrative contains \"cash", RuleErrorCodes.UnterminatedString, 19, 5)]
    [InlineData("narrative contains \"ca\\sh\"", RuleErrorCodes.UnterminatedString, 22, 2)]
    [InlineData("any(transactions where amount > 10.000.00)", RuleErrorCodes.InvalidNumber, 32, 9)]
    [InlineData("any(transactions where amount > 10k)", RuleErrorCodes.InvalidNumber, 32, 3)]
    [InlineData("any(transactions where amount > 99999999999999999999999999999999)", RuleErrorCodes.InvalidNumber, 32, 32)]
    public void Parse_WhenATokenCannotBeRead_SaysWhy(string rule, string code, int offset, int length)
    {
        var error = RuleAssert.Error(rule, code);
        Assert.Equal((offset, length), (error.Offset, error.Length));
    }

    [Fact]
    public void Parse_WhenSeveralOperandsAreWrong_ReportsEach()
    {
        var result = ScreeningRule.Parse("narative contains \"x\" and any(transactions where ammount > 1) and cnt(accounts) > 1");
        Assert.Equal(
            [RuleErrorCodes.UnknownField, RuleErrorCodes.UnknownField, RuleErrorCodes.UnknownFunction],
            result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Fields_ListEveryScopeWithTypes()
    {
        Assert.Contains(ScreeningRule.Fields, f => f is { Scope: "transactions", Name: "amount", Type: "number" });
        Assert.Contains(ScreeningRule.Fields, f => f is { Scope: "report", Name: "transactions", Type: "collection" });
        Assert.Contains(ScreeningRule.Fields, f => f.Name == "direction" && f.Values.Contains("In"));
    }
}
