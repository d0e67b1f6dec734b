using Concord.Contracts.Filing;

namespace Concord.Screening;

/// <summary>A rule parsed, type-checked and compiled to delegates; immutable and safe to share between threads.</summary>
public sealed class CompiledRule
{
    private readonly Func<SuspiciousActivityReport, object?, bool> _predicate;

    internal CompiledRule(string source, Func<SuspiciousActivityReport, object?, bool> predicate)
    {
        Source = source;
        _predicate = predicate;
    }

    public string Source { get; }

    /// <summary>True when the report matches; never throws; bounded time by construction.</summary>
    public bool Matches(SuspiciousActivityReport report)
    {
        if (report is null)
        {
            return false;
        }

        try
        {
            return _predicate(report, null);
        }
        catch (Exception e) when (e is NullReferenceException or InvalidCastException or OverflowException or ArgumentException or IndexOutOfRangeException)
        {
            // Note: a report deserialised with nulls where the contract promises values (a null list item, say) or a sum
            // past decimal's range must not stop screening; such a report simply does not match.
            return false;
        }
    }

    public override string ToString() => Source;
}
