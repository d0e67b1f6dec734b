namespace Concord.Typology.Rules;

/// <summary>Checks an indicator's rule in the screening language: the problems found, none when the rule is valid.</summary>
public interface IRuleChecker
{
    IReadOnlyList<RuleProblem> Check(string source);
}
