using Concord.Screening.Binding;
using Concord.Screening.Lexing;
using Concord.Screening.Syntax;

namespace Concord.Screening;

/// <summary>
/// Concord's screening rule language: boolean expressions over a suspicious-activity report's fields, with aggregates
/// over its transactions, subjects and accounts. There are no loops, no recursion, no user functions and no regular
/// expressions, and rules are bounded in length and nesting, so evaluating one takes time linear in the rule's size
/// times the report's size (plus a sort for time windows and distinct counts).
/// </summary>
public static class ScreeningRule
{
    /// <summary>The longest rule accepted, in characters.</summary>
    public const int MaxLength = 4000;

    /// <summary>How deep parentheses, <c>not</c> and function calls may nest.</summary>
    public const int MaxDepth = 32;

    /// <summary>The most values an <c>in [...]</c> or <c>contains any [...]</c> list may hold.</summary>
    public const int MaxListItems = 500;

    private static readonly Lazy<IReadOnlyList<RuleField>> Catalogue = new(() => FieldCatalogue.All
        .SelectMany(scope => scope.Fields.Select(f => new RuleField(
            scope.Name,
            f.Name,
            f.Kind switch
            {
                ValueKind.Boolean => "boolean",
                ValueKind.Number => "number",
                ValueKind.String => "string",
                ValueKind.Date => "date",
                ValueKind.Timestamp => "timestamp",
                ValueKind.List => "list",
                _ => "collection",
            },
            f.Description,
            f.Values?.Keys.ToList() ?? [])))
        .ToList());

    /// <summary>Every field a rule can name, by scope, for documentation and rule editors.</summary>
    public static IReadOnlyList<RuleField> Fields => Catalogue.Value;

    /// <summary>The functions a rule can call.</summary>
    public static IReadOnlyList<string> Functions => AggregateBinder.Functions;

    /// <summary>Parses and type-checks a rule; never throws on bad input.</summary>
    public static RuleParseResult Parse(string source)
    {
        source ??= string.Empty;
        var errors = new ErrorSink(source);
        if (source.Length > MaxLength)
        {
            errors.Add(MaxLength, source.Length - MaxLength, RuleErrorCodes.TooLong,
                $"The rule is {source.Length} characters long; at most {MaxLength} are allowed.");
            return Failed(errors);
        }

        if (string.IsNullOrWhiteSpace(source))
        {
            errors.Add(0, source.Length, RuleErrorCodes.Empty, "The rule is empty.");
            return Failed(errors);
        }

        var tokens = Lexer.Tokenize(source, errors);
        if (errors.HasErrors)
        {
            return Failed(errors);
        }

        var syntax = new Parser(tokens, errors).ParseRule();
        if (syntax is null || errors.HasErrors)
        {
            return Failed(errors);
        }

        var predicate = new Binder(errors).BindRule(syntax);
        return predicate is null || errors.HasErrors ? Failed(errors) : new RuleParseResult(new CompiledRule(source, predicate), []);
    }

    private static RuleParseResult Failed(ErrorSink errors) => new(null, errors.Errors);
}
