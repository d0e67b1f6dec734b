using Concord.Contracts.Typologies;

namespace Concord.Typology.Domain;

/// <summary>One indicator of a <see cref="TypologyBody"/>.</summary>
public sealed record IndicatorBody
{
    public string? Code { get; init; }

    public string? Description { get; init; }

    public IndicatorKind? Kind { get; init; }

    /// <summary>A rule in the screening language, or absent for an indicator only a person can judge.</summary>
    public string? Rule { get; init; }
}
