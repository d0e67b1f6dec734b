using Concord.Contracts.Filing;
using Xunit;

namespace Concord.Screening.Tests;

/// <summary>Parses a rule that must be valid, or a rule that must fail with one error.</summary>
internal static class RuleAssert
{
    public static CompiledRule Valid(string source)
    {
        var result = ScreeningRule.Parse(source);
        Assert.True(result.IsValid, $"'{source}' did not parse: {string.Join("; ", result.Errors.Select(e => $"{e.Code} at {e.Offset}: {e.Message}"))}");
        Assert.Empty(result.Errors);
        return result.Rule!;
    }

    public static bool Matches(string source, SuspiciousActivityReport report) => Valid(source).Matches(report);

    public static RuleError Error(string source, string code)
    {
        var result = ScreeningRule.Parse(source);
        Assert.False(result.IsValid, $"'{source}' parsed but should fail with {code}.");
        Assert.Null(result.Rule);
        var error = Assert.Single(result.Errors, e => e.Code == code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        return error;
    }
}
