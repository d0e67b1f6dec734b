using Concord.Contracts.Filing;
using Concord.Screening.Syntax;

namespace Concord.Screening.Binding;

/// <summary>
/// Type-checks a parsed rule against the field catalogue and compiles it to delegates. It keeps going after an error in
/// one operand so a rule's independent mistakes are reported together.
/// </summary>
internal sealed class Binder(ErrorSink errors)
{
    private Scope _scope = FieldCatalogue.Report;

    /// <summary>True inside an aggregate's filter or arguments, where another aggregate is refused.</summary>
    public bool InAggregate => !ReferenceEquals(_scope, FieldCatalogue.Report);

    public Func<SuspiciousActivityReport, object?, bool>? BindRule(SyntaxNode node) => BindPredicate(node);

    public Func<SuspiciousActivityReport, object?, bool>? BindPredicate(SyntaxNode node)
    {
        switch (node)
        {
            case AndSyntax and:
                return Combine(and.Operands, all: true);
            case OrSyntax or:
                return Combine(or.Operands, all: false);
            case NotSyntax not:
                var operand = BindPredicate(not.Operand);
                return operand is null ? null : (r, o) => !operand(r, o);
            case CompareSyntax compare:
                return new ComparisonBinder(this, errors).BindCompare(compare);
            case InSyntax @in:
                return new ComparisonBinder(this, errors).BindIn(@in);
            case TextSyntax text:
                return new ComparisonBinder(this, errors).BindText(text);
        }

        var value = BindValue(node);
        if (value is null)
        {
            return null;
        }

        if (value.Kind == ValueKind.Boolean)
        {
            return value.Flag ?? (value.Constant is true ? static (_, _) => true : static (_, _) => false);
        }

        errors.Add(node.Start, node.Length, RuleErrorCodes.NotBoolean,
            $"{value.Describe()} is not true or false: compare it with something (e.g. >= 3, = \"GB\") or use contains, in, any(…).");
        return null;
    }

    public BoundValue? BindValue(SyntaxNode node)
    {
        switch (node)
        {
            case FieldSyntax field:
                var definition = Resolve(field);
                if (definition is { Kind: ValueKind.Collection })
                {
                    errors.Add(field.Start, field.Length, RuleErrorCodes.CollectionNotAggregated,
                        $"'{field.Path}' is a collection: use it in an aggregate, e.g. any({field.Path} where …), count({field.Path} where …) >= 2.");
                    return null;
                }

                return definition is null ? null : BoundValue.FromField(definition, field);
            case NumberSyntax number:
                return new BoundValue(ValueKind.Number, number, Constant: number.Value);
            case StringSyntax text:
                return new BoundValue(ValueKind.String, text, Constant: text.Value);
            case BooleanSyntax flag:
                return new BoundValue(ValueKind.Boolean, flag, Constant: flag.Value);
            case CallSyntax call:
                return new AggregateBinder(this, errors).BindCall(call);
            case ListSyntax list:
                errors.Add(list.Start, list.Length, RuleErrorCodes.InvalidList,
                    "A [list] can only follow 'in', 'not in', 'contains any' or 'contains all'.");
                return null;
            default:
                var predicate = BindPredicate(node);
                return predicate is null ? null : new BoundValue(ValueKind.Boolean, node) { Flag = predicate };
        }
    }

    /// <summary>Binds <paramref name="bind"/> with the fields of a collection's items in scope (an aggregate's filter and arguments).</summary>
    public T? InScope<T>(Scope scope, Func<T?> bind)
        where T : class
    {
        var outer = _scope;
        _scope = scope;
        try
        {
            return bind();
        }
        finally
        {
            _scope = outer;
        }
    }

    /// <summary>Finds a field in the current scope (or the report's, as <c>report.&lt;field&gt;</c>); reports an unknown one.</summary>
    public FieldDefinition? Resolve(FieldSyntax field)
    {
        var path = field.Path;
        if (_scope.Find(path) is { } found)
        {
            return found;
        }

        const string reportPrefix = "report.";
        if (path.StartsWith(reportPrefix, StringComparison.OrdinalIgnoreCase) && FieldCatalogue.Report.Find(path[reportPrefix.Length..]) is { } reportField)
        {
            if (reportField.Kind == ValueKind.Collection && InAggregate)
            {
                errors.Add(field.Start, field.Length, RuleErrorCodes.NestedAggregate,
                    $"'{path}' is a collection and cannot be used inside another aggregate's filter.");
                return null;
            }

            return reportField;
        }

        var first = field.Parts[0].Name;
        if (field.Parts.Count > 1 && _scope.Find(first) is { Kind: ValueKind.Collection })
        {
            var rest = path[(first.Length + 1)..];
            errors.Add(field.Start, field.Length, RuleErrorCodes.CollectionNotAggregated,
                $"'{first}' is a collection: name its fields inside an aggregate, e.g. any({first} where {rest} …) or sum({first}, {rest}).");
            return null;
        }

        errors.Add(field.Start, field.Length, RuleErrorCodes.UnknownField, UnknownFieldMessage(path));
        return null;
    }

    private string UnknownFieldMessage(string path)
    {
        var names = _scope.Fields.Select(f => f.Name).ToList();
        var message = InAggregate
            ? $"Unknown field '{path}' for the items of {_scope.Name}."
            : $"Unknown field '{path}' in the report.";
        var owner = FieldCatalogue.All.FirstOrDefault(s => !ReferenceEquals(s, _scope) && s.Find(path) is not null);
        if (owner is not null && ReferenceEquals(owner, FieldCatalogue.Report))
        {
            message += $" It is a field of the report: inside an aggregate write report.{path}.";
        }
        else if (owner is not null)
        {
            message += $" It is a field of {owner.Name}: use it inside an aggregate, e.g. any({owner.Name} where {path} …).";
        }
        else if (Suggestions.Closest(path, names) is { } suggestion)
        {
            message += $" Did you mean '{suggestion}'?";
        }

        return message + $" Valid fields here: {string.Join(", ", names)}" + (InAggregate ? ", and the report's as report.<field>." : ".");
    }

    private Func<SuspiciousActivityReport, object?, bool>? Combine(IReadOnlyList<SyntaxNode> operands, bool all)
    {
        var parts = new Func<SuspiciousActivityReport, object?, bool>[operands.Count];
        var complete = true;
        for (var i = 0; i < operands.Count; i++)
        {
            parts[i] = BindPredicate(operands[i])!;
            complete &= parts[i] is not null;
        }

        if (!complete)
        {
            return null;
        }

        if (parts.Length == 2)
        {
            var (a, b) = (parts[0], parts[1]);
            return all ? (r, o) => a(r, o) && b(r, o) : (r, o) => a(r, o) || b(r, o);
        }

        return all
            ? (r, o) =>
            {
                foreach (var part in parts)
                {
                    if (!part(r, o))
                    {
                        return false;
                    }
                }

                return true;
            }
            : (r, o) =>
            {
                foreach (var part in parts)
                {
                    if (part(r, o))
                    {
                        return true;
                    }
                }

                return false;
            };
    }
}
