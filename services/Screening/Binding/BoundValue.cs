using Concord.Contracts.Filing;
using Concord.Screening.Syntax;

namespace Concord.Screening.Binding;

/// <summary>
/// A type-checked operand: its type, and either a reader (a field, an aggregate, a predicate) or a constant (a literal:
/// decimal, string or bool). A string literal stays a string until a comparison decides it is a date or a timestamp.
/// </summary>
internal sealed record BoundValue(ValueKind Kind, SyntaxNode Syntax, FieldDefinition? Field = null, object? Constant = null)
{
    public Func<SuspiciousActivityReport, object?, decimal?>? Number { get; init; }

    public Func<SuspiciousActivityReport, object?, string?>? Text { get; init; }

    public Func<SuspiciousActivityReport, object?, DateOnly?>? Date { get; init; }

    public Func<SuspiciousActivityReport, object?, DateTimeOffset?>? Timestamp { get; init; }

    public Func<SuspiciousActivityReport, object?, bool>? Flag { get; init; }

    public ListAccessor? List { get; init; }

    public bool IsConstant => Constant is not null;

    public string Describe() => Syntax switch
    {
        FieldSyntax f => $"{f.Path} ({KindName(Kind)})",
        StringSyntax s => $"\"{Shorten(s.Value)}\" (string)",
        NumberSyntax n => $"{n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} (number)",
        CallSyntax c => $"{c.Name}(…) ({KindName(Kind)})",
        _ => KindName(Kind),
    };

    public static string KindName(ValueKind kind) => kind switch
    {
        ValueKind.Boolean => "true or false",
        ValueKind.Number => "number",
        ValueKind.String => "string",
        ValueKind.Date => "date",
        ValueKind.Timestamp => "timestamp",
        ValueKind.List => "list of strings",
        _ => "collection",
    };

    private static string Shorten(string s) => s.Length <= 40 ? s : string.Concat(s.AsSpan(0, 40), "…");

    public static BoundValue FromField(FieldDefinition field, SyntaxNode syntax) => new(field.Kind, syntax, field)
    {
        Number = field.Number,
        Text = field.Text,
        Date = field.Date,
        Timestamp = field.Timestamp,
        Flag = field.Flag,
        List = field.List,
    };
}
