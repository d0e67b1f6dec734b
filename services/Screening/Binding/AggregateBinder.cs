using Concord.Contracts.Filing;
using Concord.Screening.Evaluation;
using Concord.Screening.Syntax;

namespace Concord.Screening.Binding;

/// <summary>
/// Type-checks the functions — the aggregates over a collection, and <c>count</c> of a list — and compiles them.
/// An aggregate inside another aggregate's filter is refused, so a rule reads each item of a collection once per
/// aggregate and evaluation stays linear in the report's size.
/// </summary>
internal sealed class AggregateBinder(Binder binder, ErrorSink errors)
{
    public static readonly IReadOnlyList<string> Functions = ["count", "sum", "min", "max", "avg", "distinct", "any", "all"];

    private static readonly TimeSpan LongestWindow = TimeSpan.FromDays(366);

    public BoundValue? BindCall(CallSyntax call)
    {
        var name = call.Name.ToLowerInvariant();
        if (!Functions.Contains(name))
        {
            var suggestion = Suggestions.Closest(call.Name, Functions);
            return Fail(call.NameStart, call.NameLength, RuleErrorCodes.UnknownFunction,
                $"Unknown function '{call.Name}'.{(suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?")} The functions are {string.Join(", ", Functions)}.");
        }

        if (call.Source is not FieldSyntax source)
        {
            return call.Source is null
                ? Fail(call.Start, call.Length, RuleErrorCodes.ArgumentCount, $"{name}() needs a collection, e.g. {name}(transactions where …).")
                : Fail(call.Source.Start, call.Source.Length, RuleErrorCodes.ArgumentType,
                    $"{name}() takes a collection (transactions, subjects, accounts){(name == "count" ? " or a list" : string.Empty)} as its first argument.");
        }

        const string reportPrefix = "report.";
        var path = source.Path.StartsWith(reportPrefix, StringComparison.OrdinalIgnoreCase) ? source.Path[reportPrefix.Length..] : source.Path;
        if (binder.InAggregate && FieldCatalogue.Report.Find(path) is { Kind: ValueKind.Collection })
        {
            return Fail(call.Start, call.Length, RuleErrorCodes.NestedAggregate,
                $"{name}({path} …) is inside another aggregate's filter; aggregates cannot nest (write them side by side with and/or).");
        }

        var definition = binder.Resolve(source);
        if (definition is null)
        {
            return null;
        }

        if (definition.Kind == ValueKind.Collection)
        {
            return BindAggregate(call, name, definition);
        }

        if (definition.Kind == ValueKind.List && name == "count")
        {
            if (call.Filter is not null || call.Window is not null || call.Arguments.Count > 0)
            {
                return Fail(call.Start, call.Length, RuleErrorCodes.ArgumentType,
                    $"{source.Path} is a list of strings: count({source.Path}) takes no filter, window or field.");
            }

            var list = definition.List!;
            return new BoundValue(ValueKind.Number, call) { Number = (r, o) => list.Count(r, o) };
        }

        return Fail(source.Start, source.Length, RuleErrorCodes.ArgumentType,
            $"{name}() takes a collection (transactions, subjects, accounts){(name == "count" ? " or a list" : string.Empty)}, not {BoundValue.FromField(definition, source).Describe()}.");
    }

    private BoundValue? BindAggregate(CallSyntax call, string name, FieldDefinition collection)
    {
        var scope = collection.Element!;
        var items = collection.Items!;
        var filter = call.Filter is null ? null : binder.InScope(scope, () => binder.BindPredicate(call.Filter));
        var filterFailed = call.Filter is not null && filter is null;

        TimeSpan? window = null;
        if (call.Window is { } w)
        {
            window = Window(name, scope, w);
            if (window is null)
            {
                return null;
            }
        }

        var takesField = name is "sum" or "min" or "max" or "avg" or "distinct";
        if (call.Arguments.Count != (takesField ? 1 : 0))
        {
            var at = call.Arguments.Count > 0 ? call.Arguments[takesField ? 1 : 0] : (SyntaxNode)call;
            return Fail(at.Start, at.Length, RuleErrorCodes.ArgumentCount, takesField
                ? $"{name}() needs one field after the collection, e.g. {name}({collection.Name} where …, amount)."
                : $"{name}() takes only a collection, an optional 'where' filter{(name == "count" ? " and window" : string.Empty)}.");
        }

        BoundValue? field = null;
        if (takesField)
        {
            field = binder.InScope(scope, () => binder.BindValue(call.Arguments[0]));
            if (field is null)
            {
                return null;
            }

            var wanted = name == "distinct" ? ValueKind.String : ValueKind.Number;
            if (field.Kind != wanted || field.IsConstant)
            {
                return Fail(call.Arguments[0].Start, call.Arguments[0].Length, RuleErrorCodes.ArgumentType,
                    $"{name}() needs a {BoundValue.KindName(wanted)} field of {collection.Name}, not {field.Describe()}.");
            }
        }

        return filterFailed ? null : Compile(call, name, items, filter, field, scope.Time, window);
    }

    private static BoundValue Compile(
        CallSyntax call,
        string name,
        Func<SuspiciousActivityReport, IReadOnlyList<object>> items,
        Func<SuspiciousActivityReport, object?, bool>? filter,
        BoundValue? field,
        Func<object, DateTimeOffset>? time,
        TimeSpan? window)
    {
        var number = field?.Number;
        var text = field?.Text;
        return name switch
        {
            "any" => new BoundValue(ValueKind.Boolean, call) { Flag = (r, _) => Aggregates.Any(items(r), r, filter) },
            "all" => new BoundValue(ValueKind.Boolean, call) { Flag = (r, _) => Aggregates.All(items(r), r, filter) },
            "count" when window is { } span => Numeric(call, (r, _) => Aggregates.CountWithin(items(r), r, filter, time!, span)),
            "count" => Numeric(call, (r, _) => Aggregates.Count(items(r), r, filter)),
            "sum" when window is { } span => Numeric(call, (r, _) => Aggregates.SumWithin(items(r), r, filter, number!, time!, span)),
            "sum" => Numeric(call, (r, _) => Aggregates.Reduce(items(r), r, filter, number!, Aggregates.Fold.Sum)),
            "min" => Numeric(call, (r, _) => Aggregates.Reduce(items(r), r, filter, number!, Aggregates.Fold.Min)),
            "max" => Numeric(call, (r, _) => Aggregates.Reduce(items(r), r, filter, number!, Aggregates.Fold.Max)),
            "avg" => Numeric(call, (r, _) => Aggregates.Reduce(items(r), r, filter, number!, Aggregates.Fold.Average)),
            _ => Numeric(call, (r, _) => Aggregates.Distinct(items(r), r, filter, text!)),
        };
    }

    private static BoundValue Numeric(CallSyntax call, Func<SuspiciousActivityReport, object?, decimal?> reader) =>
        new(ValueKind.Number, call) { Number = reader };

    private TimeSpan? Window(string name, Scope scope, WindowSyntax window)
    {
        if (name is not ("count" or "sum"))
        {
            Fail(window.Start, window.Length, RuleErrorCodes.WindowNotAllowed,
                $"Only count() and sum() take a window ('within 7 days'); {name}() does not.");
            return null;
        }

        if (scope.Time is null)
        {
            Fail(window.Start, window.Length, RuleErrorCodes.WindowNeedsTime,
                $"The items of {scope.Name} have no time, so they cannot be counted within a window; only transactions can.");
            return null;
        }

        var unit = window.Unit.ToLowerInvariant();
        TimeSpan? span = unit switch
        {
            "day" or "days" when window.Amount == decimal.Truncate(window.Amount) && window.Amount is > 0 and <= 366 => TimeSpan.FromDays((double)window.Amount),
            "hour" or "hours" when window.Amount == decimal.Truncate(window.Amount) && window.Amount is > 0 and <= 366 * 24 => TimeSpan.FromHours((double)window.Amount),
            _ => null,
        };
        if (span is null || span > LongestWindow)
        {
            Fail(window.Start, window.Length, RuleErrorCodes.InvalidWindow,
                "A window is a whole number of days (1 to 366) or hours (1 to 8784), e.g. 'within 7 days' or 'within 48 hours'.");
        }

        return span;
    }

    private BoundValue? Fail(int start, int length, string code, string message)
    {
        errors.Add(start, length, code, message);
        return null;
    }
}
