using Concord.Contracts.Sharing;

namespace Concord.Contracts.Typologies;

/// <summary>One published version of a typology, as the organisations in its audience receive it.</summary>
public sealed record TypologyContent
{
    /// <summary>The typology, the same across its versions.</summary>
    public required Guid TypologyId { get; init; }

    /// <summary>The code banks cite in reports, e.g. <c>T-2026-014</c>; the same across versions.</summary>
    public required string Code { get; init; }

    /// <summary>1 for the first published version, then one more for each version that supersedes it.</summary>
    public required int Version { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required string Narrative { get; init; }

    /// <summary>The crime area as a code, e.g. <c>DrugTraffickingProceeds</c>, <c>PrecursorDiversion</c>, <c>MoneyMules</c>.</summary>
    public required string CrimeArea { get; init; }

    public required IReadOnlyList<TypologyIndicator> Indicators { get; init; }

    /// <summary>The TLP marking the FIU gave this version; recipients handle it accordingly.</summary>
    public required Tlp Marking { get; init; }

    /// <summary>The FIU organisation that published it.</summary>
    public required string PublishedBy { get; init; }

    public required DateTimeOffset PublishedAt { get; init; }
}
