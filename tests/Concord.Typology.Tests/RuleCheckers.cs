using Concord.Typology.Rules;

namespace Concord.Typology.Tests;

/// <summary>The rule checker the service runs with, and a rule it refuses with the position it names.</summary>
internal static class RuleCheckers
{
    public const string BrokenRule = "any(transactions where counterparty.country in [\"MX\", \"CO\"]";

    /// <summary>Where the checker places the fault of <see cref="BrokenRule"/>: the bracket never closed.</summary>
    public const string BrokenRulePosition = "Line 1, column 4:";

    public static IRuleChecker Service() => new InterimRuleChecker();
}
