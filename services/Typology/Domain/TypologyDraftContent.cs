using Concord.Contracts.Sharing;
using Concord.Contracts.Typologies;

namespace Concord.Typology.Domain;

/// <summary>What a draft or a version says: validated, so every field holds a value the service accepts.</summary>
public sealed record TypologyDraftContent
{
    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required string Narrative { get; init; }

    public required string CrimeArea { get; init; }

    public required IReadOnlyList<TypologyIndicator> Indicators { get; init; }

    public Tlp? Marking { get; init; }

    public Audience? Audience { get; init; }
}
