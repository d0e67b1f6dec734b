namespace Concord.Screening;

/// <summary>
/// One reason a rule does not parse or type-check. <paramref name="Offset"/> is 0-based into the source,
/// <paramref name="Line"/> and <paramref name="Column"/> are 1-based; <paramref name="Code"/> is one of
/// <see cref="RuleErrorCodes"/>.
/// </summary>
public sealed record RuleError(int Offset, int Line, int Column, int Length, string Code, string Message);
