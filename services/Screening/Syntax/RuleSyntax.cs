namespace Concord.Screening.Syntax;

// Note: the syntax tree is internal and only lives between parsing and binding; the types sit together here because
// each is a line long and they only make sense as a set.

/// <summary>A node of a parsed rule, with the span of source it came from (for error positions).</summary>
internal abstract record SyntaxNode(int Start, int Length);

/// <summary><c>a or b or c</c>, flattened so a long chain does not make a deep tree.</summary>
internal sealed record OrSyntax(IReadOnlyList<SyntaxNode> Operands, int Start, int Length) : SyntaxNode(Start, Length);

/// <summary><c>a and b and c</c>, flattened.</summary>
internal sealed record AndSyntax(IReadOnlyList<SyntaxNode> Operands, int Start, int Length) : SyntaxNode(Start, Length);

internal sealed record NotSyntax(SyntaxNode Operand, int Start, int Length) : SyntaxNode(Start, Length);

internal enum CompareOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

internal sealed record CompareSyntax(SyntaxNode Left, CompareOperator Operator, int OperatorStart, int OperatorLength, SyntaxNode Right, int Start, int Length)
    : SyntaxNode(Start, Length);

/// <summary><c>x in [..]</c> or <c>x not in [..]</c>.</summary>
internal sealed record InSyntax(SyntaxNode Value, ListSyntax List, bool Negated, int Start, int Length) : SyntaxNode(Start, Length);

internal enum TextOperator
{
    Contains,
    ContainsAny,
    ContainsAll,
    StartsWith,
    EndsWith,
}

/// <summary><c>x contains y</c>, <c>x contains any [..]</c>, <c>x starts with y</c>, <c>x ends with y</c>.</summary>
internal sealed record TextSyntax(SyntaxNode Value, TextOperator Operator, int OperatorStart, int OperatorLength, SyntaxNode Argument, int Start, int Length)
    : SyntaxNode(Start, Length);

/// <summary>A dotted name: <c>amount</c>, <c>counterparty.country</c>, <c>report.localCurrency</c>.</summary>
internal sealed record FieldSyntax(IReadOnlyList<NamePart> Parts, int Start, int Length) : SyntaxNode(Start, Length)
{
    public string Path => string.Join('.', Parts.Select(p => p.Name));
}

internal readonly record struct NamePart(string Name, int Start, int Length);

internal sealed record NumberSyntax(decimal Value, int Start, int Length) : SyntaxNode(Start, Length);

internal sealed record StringSyntax(string Value, int Start, int Length) : SyntaxNode(Start, Length);

internal sealed record BooleanSyntax(bool Value, int Start, int Length) : SyntaxNode(Start, Length);

internal sealed record ListSyntax(IReadOnlyList<SyntaxNode> Items, int Start, int Length) : SyntaxNode(Start, Length);

/// <summary><c>within 7 days</c>: the span of the whole clause, the amount and its unit in hours or days.</summary>
internal sealed record WindowSyntax(decimal Amount, string Unit, int Start, int Length) : SyntaxNode(Start, Length);

/// <summary>
/// A function call. For aggregates: <c>name(collection [where filter] [within N unit] [, field])</c>; <paramref name="Window"/>
/// may also come after the closing parenthesis (<c>count(...) within 7 days</c>).
/// </summary>
internal sealed record CallSyntax(
    string Name,
    int NameStart,
    int NameLength,
    SyntaxNode? Source,
    SyntaxNode? Filter,
    WindowSyntax? Window,
    IReadOnlyList<SyntaxNode> Arguments,
    int Start,
    int Length) : SyntaxNode(Start, Length);
