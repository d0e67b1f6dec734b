using Concord.Typology.Rules;

namespace Concord.Typology.Tests;

/// <summary>The rule checker the service runs with (the screening language's parser), and a rule it refuses where it says.</summary>
internal static class RuleCheckers
{
    /// <summary>A misspelt field on the rule's second line.</summary>
    public const string BrokenRule = "count(transactions where channel = \"Cash\"\n  and amout < 10000) >= 3";

    /// <summary>Where the parser places the fault of <see cref="BrokenRule"/>: the unknown field 'amout'.</summary>
    public const string BrokenRulePosition = "Line 2, column 7: Unknown field 'amout'";

    public static IRuleChecker Service() => new ScreeningRuleChecker();
}
