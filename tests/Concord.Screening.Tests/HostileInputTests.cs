using CsCheck;
using Xunit;
using static Concord.Screening.Tests.Reports;

namespace Concord.Screening.Tests;

public sealed class HostileInputTests
{
    [Fact]
    public void Parse_WhenParenthesesNestDeeperThanTheLimit_ReportsTooDeepWithoutOverflowingTheStack()
    {
        var rule = new string('(', 1990) + "true" + new string(')', 1990);
        var error = RuleAssert.Error(rule, RuleErrorCodes.TooDeep);
        Assert.Equal(ScreeningRule.MaxDepth, error.Offset);
    }

    [Fact]
    public void Parse_WhenNotRepeatsBeyondTheLimit_ReportsTooDeep() =>
        RuleAssert.Error(string.Concat(Enumerable.Repeat("not ", 900)) + "true", RuleErrorCodes.TooDeep);

    [Fact]
    public void Parse_WhenNestingIsAtTheLimit_Parses()
    {
        var rule = new string('(', ScreeningRule.MaxDepth) + "true" + new string(')', ScreeningRule.MaxDepth);
        Assert.True(RuleAssert.Matches(rule, Report()));
    }

    [Fact]
    public void Parse_WhenTheRuleIsTooLong_ReportsTooLongAtTheLimit()
    {
        var rule = string.Join(" or ", Enumerable.Repeat("reportTypeCode = \"SAR\"", 500));
        var error = RuleAssert.Error(rule, RuleErrorCodes.TooLong);
        Assert.Equal((ScreeningRule.MaxLength, rule.Length - ScreeningRule.MaxLength), (error.Offset, error.Length));
    }

    [Fact]
    public void Parse_WhenALongChainOfOrIsWithinTheLimit_ParsesAndEvaluates()
    {
        var rule = string.Join(" or ", Enumerable.Repeat("reportTypeCode = \"STR\"", 150)) + " or reportTypeCode = \"SAR\"";
        Assert.True(rule.Length <= ScreeningRule.MaxLength);
        Assert.True(RuleAssert.Matches(rule, Report()));
    }

    [Fact]
    public void Parse_WhenAStringLiteralIsLong_ParsesWithinTheLengthLimit()
    {
        var needle = new string('x', ScreeningRule.MaxLength - 30);
        var rule = $"narrative contains \"{needle}\"";
        Assert.False(RuleAssert.Matches(rule, Report(narrative: "short")));
        Assert.True(RuleAssert.Matches(rule, Report(narrative: "a" + needle + "b")));
        RuleAssert.Error($"narrative contains \"{needle}{needle}\"", RuleErrorCodes.TooLong);
    }

    [Fact]
    public void Parse_WhenAnUnknownFieldNameIsHuge_StillAnswersQuickly()
    {
        var error = RuleAssert.Error(new string('a', 3990) + " = 1", RuleErrorCodes.UnknownField);
        Assert.Equal(3990, error.Length);
    }

    [Fact]
    public void Parse_OnArbitraryTokenSoup_NeverThrows()
    {
        string[] vocabulary =
        [
            "(", ")", "[", "]", ",", ".", "-", "=", "!=", "<", ">=", "and", "or", "not", "in", "contains", "any", "all", "starts", "with",
            "where", "within", "7", "days", "count", "sum", "transactions", "amount", "subjects", "kind", "\"Cash\"", "\"2026-01-01\"",
            "channel", "indicatorCodes", "report", "detectedOn", "true", "\"", "$", "10.5", "person", "age", "distinct",
        ];
        Gen.Int[0, vocabulary.Length - 1].Select(i => vocabulary[i]).Array[0, 40].Select(a => string.Join(' ', a)).Sample(rule =>
        {
            var result = ScreeningRule.Parse(rule);
            Assert.Equal(result.IsValid, result.Errors.Count == 0);
            Assert.All(result.Errors, e => Assert.InRange(e.Offset, 0, rule.Length));
            result.Rule?.Matches(Report([Cash(100, 0)], [Person("S1")]));
        }, iter: 5000);
    }
}
