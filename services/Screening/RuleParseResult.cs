namespace Concord.Screening;

/// <summary>The outcome of <see cref="ScreeningRule.Parse"/>: a compiled rule, or the errors that prevent one.</summary>
public sealed record RuleParseResult(CompiledRule? Rule, IReadOnlyList<RuleError> Errors)
{
    public bool IsValid => Rule is not null;
}
