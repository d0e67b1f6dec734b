using Concord.Screening;

namespace Concord.Typology.Rules;

/// <summary>
/// Checks rules with the screening language's own parser and type-checker (<see cref="ScreeningRule.Parse"/>), the one
/// the FIU screens reports with: a rule saved here is a rule that compiles there.
/// </summary>
internal sealed class ScreeningRuleChecker : IRuleChecker
{
    public IReadOnlyList<RuleProblem> Check(string source) =>
        [.. ScreeningRule.Parse(source).Errors.Select(error => new RuleProblem(error.Line, error.Column, error.Code, error.Message))];
}
