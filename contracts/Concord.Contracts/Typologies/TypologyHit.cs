namespace Concord.Contracts.Typologies;

/// <summary>An indicator's rule that fired on a report.</summary>
public sealed record TypologyHit
{
    public required Guid TypologyId { get; init; }

    public required string Code { get; init; }

    public required int Version { get; init; }

    public required string IndicatorCode { get; init; }
}
