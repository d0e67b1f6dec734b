namespace Concord.Contracts.Typologies;

/// <summary>
/// One difference between a version and the one it supersedes, so a bank sees what changed without comparing texts:
/// e.g. <c>{ field: "indicators[STRUCT-1].rule", change: Changed, before: "… &lt; 10000 …", after: "… &lt; 9000 …" }</c>.
/// </summary>
public sealed record TypologyChange
{
    /// <summary>What changed: <c>title</c>, <c>summary</c>, <c>narrative</c>, <c>crimeArea</c>, <c>marking</c>, or <c>indicators[CODE]</c> and its fields.</summary>
    public required string Field { get; init; }

    public required TypologyChangeKind Change { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }
}

public enum TypologyChangeKind
{
    Added,
    Removed,
    Changed,
}
