using System.Buffers;
using Concord.Contracts.Filing;

namespace Concord.Screening.Evaluation;

/// <summary>
/// The aggregates over a collection, each one pass over its items (plus one sort for windows and distinct values).
/// Buffers come from the shared array pools, so a call allocates nothing once the pools are warm.
/// </summary>
internal static class Aggregates
{
    public static int Count(IReadOnlyList<object> items, SuspiciousActivityReport report, Func<SuspiciousActivityReport, object?, bool>? filter)
    {
        if (filter is null)
        {
            return items.Count;
        }

        var count = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (filter(report, items[i]))
            {
                count++;
            }
        }

        return count;
    }

    public static bool Any(IReadOnlyList<object> items, SuspiciousActivityReport report, Func<SuspiciousActivityReport, object?, bool>? filter)
    {
        if (filter is null)
        {
            return items.Count > 0;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (filter(report, items[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when there is at least one item and every item passes (an empty collection matches nothing).</summary>
    public static bool All(IReadOnlyList<object> items, SuspiciousActivityReport report, Func<SuspiciousActivityReport, object?, bool>? filter)
    {
        if (items.Count == 0)
        {
            return false;
        }

        for (var i = 0; filter is not null && i < items.Count; i++)
        {
            if (!filter(report, items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public enum Fold
    {
        Sum,
        Min,
        Max,
        Average,
    }

    /// <summary>Sum, min, max or average of the non-null values of the passing items; null (matches nothing) for min, max and average of none.</summary>
    public static decimal? Reduce(
        IReadOnlyList<object> items,
        SuspiciousActivityReport report,
        Func<SuspiciousActivityReport, object?, bool>? filter,
        Func<SuspiciousActivityReport, object?, decimal?> value,
        Fold fold)
    {
        decimal total = 0, min = decimal.MaxValue, max = decimal.MinValue;
        var seen = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if ((filter is null || filter(report, item)) && value(report, item) is { } v)
            {
                total += v;
                min = Math.Min(min, v);
                max = Math.Max(max, v);
                seen++;
            }
        }

        return fold switch
        {
            Fold.Sum => total,
            _ when seen == 0 => null,
            Fold.Min => min,
            Fold.Max => max,
            _ => total / seen,
        };
    }

    /// <summary>The number of distinct non-null values (compared case-insensitively) among the passing items.</summary>
    public static int Distinct(
        IReadOnlyList<object> items,
        SuspiciousActivityReport report,
        Func<SuspiciousActivityReport, object?, bool>? filter,
        Func<SuspiciousActivityReport, object?, string?> value)
    {
        if (items.Count == 0)
        {
            return 0;
        }

        var buffer = ArrayPool<string>.Shared.Rent(items.Count);
        try
        {
            var n = 0;
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if ((filter is null || filter(report, item)) && value(report, item) is { } v)
                {
                    buffer[n++] = v;
                }
            }

            var values = buffer.AsSpan(0, n);
            // Note: a static lambda is cached; sorting with an IComparer would allocate a delegate on every call.
            values.Sort(static (a, b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase));
            var distinct = 0;
            for (var i = 0; i < values.Length; i++)
            {
                if (i == 0 || !string.Equals(values[i], values[i - 1], StringComparison.OrdinalIgnoreCase))
                {
                    distinct++;
                }
            }

            return distinct;
        }
        finally
        {
            ArrayPool<string>.Shared.Return(buffer, clearArray: true);
        }
    }

    /// <summary>
    /// The largest number of passing items whose times all lie within <paramref name="window"/> of each other (both ends
    /// included): sort the times, then slide two pointers — O(n log n), never over pairs.
    /// </summary>
    public static int CountWithin(
        IReadOnlyList<object> items,
        SuspiciousActivityReport report,
        Func<SuspiciousActivityReport, object?, bool>? filter,
        Func<object, DateTimeOffset> time,
        TimeSpan window)
    {
        if (items.Count == 0)
        {
            return 0;
        }

        var buffer = ArrayPool<long>.Shared.Rent(items.Count);
        try
        {
            var n = 0;
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if (filter is null || filter(report, item))
                {
                    buffer[n++] = time(item).UtcTicks;
                }
            }

            var times = buffer.AsSpan(0, n);
            times.Sort();
            var best = 0;
            var low = 0;
            for (var high = 0; high < times.Length; high++)
            {
                while (times[high] - times[low] > window.Ticks)
                {
                    low++;
                }

                best = Math.Max(best, high - low + 1);
            }

            return best;
        }
        finally
        {
            ArrayPool<long>.Shared.Return(buffer);
        }
    }

    /// <summary>The largest sum of the passing items' values whose times lie within <paramref name="window"/> of each other.</summary>
    public static decimal SumWithin(
        IReadOnlyList<object> items,
        SuspiciousActivityReport report,
        Func<SuspiciousActivityReport, object?, bool>? filter,
        Func<SuspiciousActivityReport, object?, decimal?> value,
        Func<object, DateTimeOffset> time,
        TimeSpan window)
    {
        if (items.Count == 0)
        {
            return 0;
        }

        var times = ArrayPool<long>.Shared.Rent(items.Count);
        var amounts = ArrayPool<decimal>.Shared.Rent(items.Count);
        try
        {
            var n = 0;
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if ((filter is null || filter(report, item)) && value(report, item) is { } v)
                {
                    times[n] = time(item).UtcTicks;
                    amounts[n++] = v;
                }
            }

            times.AsSpan(0, n).Sort(amounts.AsSpan(0, n));
            decimal best = 0, running = 0;
            var low = 0;
            for (var high = 0; high < n; high++)
            {
                running += amounts[high];
                while (times[high] - times[low] > window.Ticks)
                {
                    running -= amounts[low++];
                }

                best = Math.Max(best, running);
            }

            return best;
        }
        finally
        {
            ArrayPool<long>.Shared.Return(times);
            ArrayPool<decimal>.Shared.Return(amounts);
        }
    }
}
