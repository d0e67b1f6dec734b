using System.Buffers;
using Concord.Contracts.Filing;
using Concord.Screening.Syntax;

namespace Concord.Screening.Binding;

/// <summary>
/// Builds the delegates of comparisons, once per rule. A comparison with a missing value (null) is false whatever the
/// operator — including <c>!=</c> and <c>not in</c> — so a rule never fires on data the bank did not give.
/// </summary>
internal static class Comparisons
{
    public static Func<SuspiciousActivityReport, object?, bool> Ordered<T>(
        Func<SuspiciousActivityReport, object?, T?> left, CompareOperator op, Func<SuspiciousActivityReport, object?, T?> right)
        where T : struct, IComparable<T> =>
        (r, o) => left(r, o) is { } a && right(r, o) is { } b && Holds(op, a.CompareTo(b));

    public static Func<SuspiciousActivityReport, object?, bool> Ordered<T>(
        Func<SuspiciousActivityReport, object?, T?> left, CompareOperator op, T constant)
        where T : struct, IComparable<T> => op switch
        {
            CompareOperator.Equal => (r, o) => left(r, o) is { } a && a.CompareTo(constant) == 0,
            CompareOperator.NotEqual => (r, o) => left(r, o) is { } a && a.CompareTo(constant) != 0,
            CompareOperator.Less => (r, o) => left(r, o) is { } a && a.CompareTo(constant) < 0,
            CompareOperator.LessOrEqual => (r, o) => left(r, o) is { } a && a.CompareTo(constant) <= 0,
            CompareOperator.Greater => (r, o) => left(r, o) is { } a && a.CompareTo(constant) > 0,
            _ => (r, o) => left(r, o) is { } a && a.CompareTo(constant) >= 0,
        };

    public static Func<SuspiciousActivityReport, object?, bool> Text(
        Func<SuspiciousActivityReport, object?, string?> left, bool equal, Func<SuspiciousActivityReport, object?, string?> right) =>
        equal
            ? (r, o) => left(r, o) is { } a && right(r, o) is { } b && string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
            : (r, o) => left(r, o) is { } a && right(r, o) is { } b && !string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    public static Func<SuspiciousActivityReport, object?, bool> Text(
        Func<SuspiciousActivityReport, object?, string?> left, bool equal, string constant) =>
        equal
            ? (r, o) => string.Equals(left(r, o), constant, StringComparison.OrdinalIgnoreCase)
            : (r, o) => left(r, o) is { } a && !string.Equals(a, constant, StringComparison.OrdinalIgnoreCase);

    public static Func<SuspiciousActivityReport, object?, bool> Flags(
        Func<SuspiciousActivityReport, object?, bool> left, bool equal, Func<SuspiciousActivityReport, object?, bool> right) =>
        equal ? (r, o) => left(r, o) == right(r, o) : (r, o) => left(r, o) != right(r, o);

    public static Func<SuspiciousActivityReport, object?, bool> TextOperation(
        Func<SuspiciousActivityReport, object?, string?> value, TextOperator op, Func<SuspiciousActivityReport, object?, string?> argument) => op switch
        {
            TextOperator.StartsWith => (r, o) => value(r, o) is { } v && argument(r, o) is { } a && v.StartsWith(a, StringComparison.OrdinalIgnoreCase),
            TextOperator.EndsWith => (r, o) => value(r, o) is { } v && argument(r, o) is { } a && v.EndsWith(a, StringComparison.OrdinalIgnoreCase),
            _ => (r, o) => value(r, o) is { } v && argument(r, o) is { } a && v.Contains(a, StringComparison.OrdinalIgnoreCase),
        };

    /// <summary>
    /// Whether a string holds any (or all) of several constant strings, case-insensitively. Note: each set of needles
    /// becomes a <see cref="SearchValues{T}"/> once, so a narrative is searched in one vectorised pass, not once per needle.
    /// </summary>
    public static Func<SuspiciousActivityReport, object?, bool> TextAnyOf(
        Func<SuspiciousActivityReport, object?, string?> value, string[] needles, bool all)
    {
        if (needles.Any(n => n.Length == 0))
        {
            // Note: an empty needle is in every string; with "all" the others must still be found.
            needles = [.. needles.Where(n => n.Length > 0)];
            if (needles.Length == 0 || !all)
            {
                return (r, o) => value(r, o) is not null;
            }
        }

        if (!all)
        {
            var any = SearchValues.Create(needles, StringComparison.OrdinalIgnoreCase);
            return (r, o) => value(r, o) is { } v && v.AsSpan().ContainsAny(any);
        }

        var each = needles.Select(n => SearchValues.Create([n], StringComparison.OrdinalIgnoreCase)).ToArray();
        return (r, o) => value(r, o) is { } v && ContainsAll(v, each);
    }

    public static Func<SuspiciousActivityReport, object?, bool> ListOperation(
        ListAccessor list, TextOperator op, Func<SuspiciousActivityReport, object?, string?> argument) =>
        (r, o) =>
        {
            if (argument(r, o) is not { } a)
            {
                return false;
            }

            var count = list.Count(r, o);
            for (var i = 0; i < count; i++)
            {
                if (list.Item(r, o, i) is { } item && op switch
                    {
                        TextOperator.StartsWith => item.StartsWith(a, StringComparison.OrdinalIgnoreCase),
                        TextOperator.EndsWith => item.EndsWith(a, StringComparison.OrdinalIgnoreCase),
                        _ => string.Equals(item, a, StringComparison.OrdinalIgnoreCase),
                    })
                {
                    return true;
                }
            }

            return false;
        };

    public static Func<SuspiciousActivityReport, object?, bool> ListAnyOf(ListAccessor list, HashSet<string> wanted, bool all)
    {
        if (!all)
        {
            return (r, o) =>
            {
                var count = list.Count(r, o);
                for (var i = 0; i < count; i++)
                {
                    if (list.Item(r, o, i) is { } item && wanted.Contains(item))
                    {
                        return true;
                    }
                }

                return false;
            };
        }

        var required = wanted.ToArray();
        return (r, o) =>
        {
            var count = list.Count(r, o);
            foreach (var needed in required)
            {
                var found = false;
                for (var i = 0; i < count && !found; i++)
                {
                    found = string.Equals(list.Item(r, o, i), needed, StringComparison.OrdinalIgnoreCase);
                }

                if (!found)
                {
                    return false;
                }
            }

            return true;
        };
    }

    public static Func<SuspiciousActivityReport, object?, bool> InSet<T>(Func<SuspiciousActivityReport, object?, T?> value, HashSet<T> set, bool negated)
        where T : struct =>
        negated ? (r, o) => value(r, o) is { } v && !set.Contains(v) : (r, o) => value(r, o) is { } v && set.Contains(v);

    public static Func<SuspiciousActivityReport, object?, bool> InSet(Func<SuspiciousActivityReport, object?, string?> value, HashSet<string> set, bool negated) =>
        negated ? (r, o) => value(r, o) is { } v && !set.Contains(v) : (r, o) => value(r, o) is { } v && set.Contains(v);

    public static CompareOperator Flip(CompareOperator op) => op switch
    {
        CompareOperator.Less => CompareOperator.Greater,
        CompareOperator.LessOrEqual => CompareOperator.GreaterOrEqual,
        CompareOperator.Greater => CompareOperator.Less,
        CompareOperator.GreaterOrEqual => CompareOperator.LessOrEqual,
        _ => op,
    };

    private static bool ContainsAll(string value, SearchValues<string>[] needles)
    {
        foreach (var needle in needles)
        {
            if (!value.AsSpan().ContainsAny(needle))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Holds(CompareOperator op, int comparison) => op switch
    {
        CompareOperator.Equal => comparison == 0,
        CompareOperator.NotEqual => comparison != 0,
        CompareOperator.Less => comparison < 0,
        CompareOperator.LessOrEqual => comparison <= 0,
        CompareOperator.Greater => comparison > 0,
        _ => comparison >= 0,
    };
}
