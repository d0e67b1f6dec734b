using System.Globalization;
using Concord.Contracts.Filing;
using Concord.Screening.Syntax;

namespace Concord.Screening.Binding;

/// <summary>Type-checks comparisons, <c>in</c> lists and the text operators, and picks the delegate for each.</summary>
internal sealed class ComparisonBinder(Binder binder, ErrorSink errors)
{
    private static readonly string[] TimestampFormats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];

    public Func<SuspiciousActivityReport, object?, bool>? BindCompare(CompareSyntax compare)
    {
        var left = binder.BindValue(compare.Left);
        var right = binder.BindValue(compare.Right);
        if (left is null || right is null)
        {
            return null;
        }

        var op = compare.Operator;
        if (left.IsConstant && !right.IsConstant)
        {
            (left, right, op) = (right, left, Comparisons.Flip(op));
        }

        var equality = op is CompareOperator.Equal or CompareOperator.NotEqual;
        switch (left.Kind, right.Kind)
        {
            case (ValueKind.Number, ValueKind.Number):
                return right.IsConstant
                    ? Comparisons.Ordered(NumberOf(left), op, (decimal)right.Constant!)
                    : Comparisons.Ordered(NumberOf(left), op, NumberOf(right));
            case (ValueKind.String, ValueKind.String) when !equality:
                return NotApplicable(compare.OperatorStart, compare.OperatorLength,
                    $"Strings compare only with = and != (case-insensitive); use contains, starts with or in [...] for {left.Describe()}.");
            case (ValueKind.String, ValueKind.String) when right.IsConstant:
                var value = Coded(left, (StringSyntax)right.Syntax);
                return value is null ? null : Comparisons.Text(TextOf(left), op == CompareOperator.Equal, value);
            case (ValueKind.String, ValueKind.String):
                return Comparisons.Text(TextOf(left), op == CompareOperator.Equal, TextOf(right));
            case (ValueKind.Date, ValueKind.String) when right.IsConstant:
                return ParseDate((StringSyntax)right.Syntax) is { } date ? Comparisons.Ordered(left.Date!, op, date) : null;
            case (ValueKind.Timestamp, ValueKind.String) when right.IsConstant:
                return ParseTimestamp((StringSyntax)right.Syntax) is { } instant ? Comparisons.Ordered(left.Timestamp!, op, instant) : null;
            case (ValueKind.Date, ValueKind.Date):
                return Comparisons.Ordered(left.Date!, op, right.Date!);
            case (ValueKind.Date or ValueKind.Timestamp, ValueKind.Date or ValueKind.Timestamp):
                return Comparisons.Ordered(InstantOf(left), op, InstantOf(right));
            case (ValueKind.Boolean, ValueKind.Boolean) when !equality:
                return NotApplicable(compare.OperatorStart, compare.OperatorLength, "true/false values compare only with = and !=.");
            case (ValueKind.Boolean, ValueKind.Boolean):
                return Comparisons.Flags(FlagOf(left), op == CompareOperator.Equal, FlagOf(right));
            case (ValueKind.List, _) or (_, ValueKind.List):
                var list = left.Kind == ValueKind.List ? left : right;
                return NotApplicable(list.Syntax.Start, list.Syntax.Length,
                    $"{list.Describe()} is a list: use contains \"X\", contains any [\"X\", \"Y\"] or count(…).");
            default:
                errors.Add(compare.Start, compare.Length, RuleErrorCodes.TypeMismatch, $"Cannot compare {left.Describe()} with {right.Describe()}.");
                return null;
        }
    }

    public Func<SuspiciousActivityReport, object?, bool>? BindIn(InSyntax @in)
    {
        var value = binder.BindValue(@in.Value);
        if (value is null || !CheckList(@in.List))
        {
            return null;
        }

        switch (value.Kind)
        {
            case ValueKind.Number when Items<NumberSyntax>(@in.List, value) is { } numbers:
                return Comparisons.InSet(NumberOf(value), numbers.Select(n => n.Value).ToHashSet(), @in.Negated);
            case ValueKind.String when Items<StringSyntax>(@in.List, value) is { } strings:
                var codes = strings.Select(s => Coded(value, s)).ToList();
                return codes.Contains(null) ? null : Comparisons.InSet(TextOf(value), codes.Select(c => c!).ToHashSet(StringComparer.OrdinalIgnoreCase), @in.Negated);
            case ValueKind.Date when Items<StringSyntax>(@in.List, value) is { } strings:
                var dates = strings.Select(ParseDate).ToList();
                return dates.Contains(null) ? null : Comparisons.InSet(value.Date!, dates.Select(d => d!.Value).ToHashSet(), @in.Negated);
            case ValueKind.Number or ValueKind.String or ValueKind.Date:
                return null;
            case ValueKind.List:
                return NotApplicable(@in.Value.Start, @in.Value.Length,
                    $"{value.Describe()} is a list: use contains any [\"X\", \"Y\"] to test whether it holds one of several values.");
            default:
                return NotApplicable(@in.Value.Start, @in.Value.Length, $"'in' applies to numbers, strings and dates, not to {value.Describe()}.");
        }
    }

    public Func<SuspiciousActivityReport, object?, bool>? BindText(TextSyntax text)
    {
        var value = binder.BindValue(text.Value);
        if (value is null)
        {
            return null;
        }

        if (value.Kind is not (ValueKind.String or ValueKind.List))
        {
            return NotApplicable(text.OperatorStart, text.OperatorLength,
                $"contains, starts with and ends with apply to strings and lists of strings, not to {value.Describe()}.");
        }

        if (text.Operator is TextOperator.ContainsAny or TextOperator.ContainsAll)
        {
            var list = (ListSyntax)text.Argument;
            if (!CheckList(list) || Items<StringSyntax>(list, value) is not { } strings)
            {
                return null;
            }

            var all = text.Operator == TextOperator.ContainsAll;
            return value.Kind == ValueKind.String
                ? Comparisons.TextAnyOf(TextOf(value), strings.Select(s => s.Value).ToArray(), all)
                : Comparisons.ListAnyOf(value.List!, strings.Select(s => s.Value).ToHashSet(StringComparer.OrdinalIgnoreCase), all);
        }

        var argument = binder.BindValue(text.Argument);
        if (argument is null)
        {
            return null;
        }

        if (argument.Kind != ValueKind.String)
        {
            errors.Add(text.Argument.Start, text.Argument.Length, RuleErrorCodes.TypeMismatch,
                $"{(text.Value is FieldSyntax f ? f.Path : "The value")} is searched for a string, but {argument.Describe()} is not one.");
            return null;
        }

        if (value.Kind == ValueKind.String && text.Operator == TextOperator.Contains && argument.IsConstant)
        {
            return Comparisons.TextAnyOf(TextOf(value), [(string)argument.Constant!], all: false);
        }

        return value.Kind == ValueKind.String
            ? Comparisons.TextOperation(TextOf(value), text.Operator, TextOf(argument))
            : Comparisons.ListOperation(value.List!, text.Operator, TextOf(argument));
    }

    private bool CheckList(ListSyntax list)
    {
        if (list.Items.Count is > 0 and <= ScreeningRule.MaxListItems)
        {
            return true;
        }

        errors.Add(list.Start, list.Length, RuleErrorCodes.InvalidList, list.Items.Count == 0
            ? "The list is empty: give at least one value."
            : $"The list has {list.Items.Count} values; at most {ScreeningRule.MaxListItems} are allowed.");
        return false;
    }

    private List<T>? Items<T>(ListSyntax list, BoundValue value)
        where T : SyntaxNode
    {
        var wrong = list.Items.FirstOrDefault(i => i is not T);
        if (wrong is null)
        {
            return list.Items.Cast<T>().ToList();
        }

        var expected = typeof(T) == typeof(NumberSyntax) ? "numbers" : "strings";
        errors.Add(wrong.Start, wrong.Length, RuleErrorCodes.TypeMismatch, $"{value.Describe()} is compared with a list of {expected}, but this value is not one.");
        return null;
    }

    /// <summary>A string literal compared with a coded field must be one of its values; returns the value the report holds.</summary>
    private string? Coded(BoundValue field, StringSyntax literal)
    {
        if (field.Field?.Values is not { } values)
        {
            return literal.Value;
        }

        if (values.TryGetValue(literal.Value, out var canonical))
        {
            return canonical;
        }

        errors.Add(literal.Start, literal.Length, RuleErrorCodes.UnknownValue,
            $"\"{literal.Value}\" is not a value of {field.Field.Name}: use one of {string.Join(", ", values.Keys.Select(k => $"\"{k}\""))}.");
        return null;
    }

    private DateOnly? ParseDate(StringSyntax literal)
    {
        if (DateOnly.TryParseExact(literal.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(literal.Start, literal.Length, RuleErrorCodes.InvalidDate, $"\"{literal.Value}\" is not a date: write it as \"YYYY-MM-DD\", e.g. \"2026-03-01\".");
        return null;
    }

    private DateTimeOffset? ParseTimestamp(StringSyntax literal)
    {
        if (DateOnly.TryParseExact(literal.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        if (DateTimeOffset.TryParseExact(literal.Value, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }

        errors.Add(literal.Start, literal.Length, RuleErrorCodes.InvalidDate,
            $"\"{literal.Value}\" is not a date or timestamp: write \"2026-03-01\" (midnight UTC) or \"2026-03-01T14:30:00Z\".");
        return null;
    }

    private Func<SuspiciousActivityReport, object?, bool>? NotApplicable(int start, int length, string message)
    {
        errors.Add(start, length, RuleErrorCodes.OperatorNotApplicable, message);
        return null;
    }

    private static Func<SuspiciousActivityReport, object?, decimal?> NumberOf(BoundValue value)
    {
        if (value.Number is { } reader)
        {
            return reader;
        }

        decimal? constant = (decimal)value.Constant!;
        return (_, _) => constant;
    }

    private static Func<SuspiciousActivityReport, object?, string?> TextOf(BoundValue value)
    {
        if (value.Text is { } reader)
        {
            return reader;
        }

        var constant = (string)value.Constant!;
        return (_, _) => constant;
    }

    private static Func<SuspiciousActivityReport, object?, bool> FlagOf(BoundValue value)
    {
        if (value.Flag is { } reader)
        {
            return reader;
        }

        var constant = (bool)value.Constant!;
        return (_, _) => constant;
    }

    private static Func<SuspiciousActivityReport, object?, DateTimeOffset?> InstantOf(BoundValue value)
    {
        if (value.Timestamp is { } reader)
        {
            return reader;
        }

        var date = value.Date!;
        return (r, o) => date(r, o) is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
    }
}
