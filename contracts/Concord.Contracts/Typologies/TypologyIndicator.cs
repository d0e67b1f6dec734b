namespace Concord.Contracts.Typologies;

/// <summary>One coded red flag of a typology, with the rule that checks it against a report where it can be expressed.</summary>
public sealed record TypologyIndicator
{
    /// <summary>The indicator's code, unique within its typology, e.g. <c>STRUCT-1</c>; banks may cite it in reports.</summary>
    public required string Code { get; init; }

    public required string Description { get; init; }

    public required IndicatorKind Kind { get; init; }

    /// <summary>
    /// The machine-checkable rule in Concord's screening language (e.g.
    /// <c>count(transactions where channel = "Cash" and direction = "In" and amount &lt; 10000) within 7 days &gt;= 3</c>);
    /// null for an indicator only a person can judge.
    /// </summary>
    public string? Rule { get; init; }
}
