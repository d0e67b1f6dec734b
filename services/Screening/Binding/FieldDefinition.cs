using Concord.Contracts.Filing;

namespace Concord.Screening.Binding;

/// <summary>
/// A field of a scope: its name and type, and how to read it from the report (and the current item inside an
/// aggregate's filter). Exactly one reader is set, the one that fits <see cref="Kind"/>.
/// </summary>
internal sealed class FieldDefinition
{
    public required string Name { get; init; }

    public required ValueKind Kind { get; init; }

    public required string Description { get; init; }

    /// <summary>For coded fields: every accepted spelling (case-insensitive) mapped to the value the report holds.</summary>
    public IReadOnlyDictionary<string, string>? Values { get; init; }

    public Func<SuspiciousActivityReport, object?, decimal?>? Number { get; init; }

    public Func<SuspiciousActivityReport, object?, string?>? Text { get; init; }

    public Func<SuspiciousActivityReport, object?, DateOnly?>? Date { get; init; }

    public Func<SuspiciousActivityReport, object?, DateTimeOffset?>? Timestamp { get; init; }

    public Func<SuspiciousActivityReport, object?, bool>? Flag { get; init; }

    public ListAccessor? List { get; init; }

    public Func<SuspiciousActivityReport, IReadOnlyList<object>>? Items { get; init; }

    /// <summary>For a collection: the scope its items' fields live in.</summary>
    public Scope? Element { get; init; }
}
