namespace Concord.Typology.Rules;

/// <summary>What is wrong with a rule, and where: <paramref name="Line"/> and <paramref name="Column"/> are 1-based.</summary>
public sealed record RuleProblem(int Line, int Column, string Code, string Message);
