using Concord.Contracts.Filing;

namespace Concord.Screening.Binding;

/// <summary>
/// Reads a list of strings by index, so a projection such as a subject's address countries is read in place without
/// building a list.
/// </summary>
internal sealed record ListAccessor(Func<SuspiciousActivityReport, object?, int> Count, Func<SuspiciousActivityReport, object?, int, string?> Item)
{
    public static ListAccessor Of(Func<SuspiciousActivityReport, object?, IReadOnlyList<string>?> list) =>
        new((r, o) => list(r, o)?.Count ?? 0, (r, o, i) => list(r, o)![i]);

    public static ListAccessor Project<T>(Func<SuspiciousActivityReport, object?, IReadOnlyList<T>?> list, Func<T, string?> field) =>
        new((r, o) => list(r, o)?.Count ?? 0, (r, o, i) => field(list(r, o)![i]));

    public bool Any(SuspiciousActivityReport report, object? item, Func<string?, bool> test)
    {
        var count = Count(report, item);
        for (var i = 0; i < count; i++)
        {
            if (test(Item(report, item, i)))
            {
                return true;
            }
        }

        return false;
    }
}
