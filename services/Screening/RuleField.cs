namespace Concord.Screening;

/// <summary>
/// A field a rule can name, for documentation and editors: the scope it is valid in (<c>report</c>, <c>transactions</c>,
/// <c>subjects</c>, <c>accounts</c>), its camelCase name, its type (<c>number</c>, <c>string</c>, <c>date</c>,
/// <c>timestamp</c>, <c>boolean</c>, <c>list</c> of strings, <c>collection</c>) and what it holds.
/// </summary>
public sealed record RuleField(string Scope, string Name, string Type, string Description, IReadOnlyList<string> Values);
