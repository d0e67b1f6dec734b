using Concord.Contracts.Sharing;
using Concord.Contracts.Typologies;
using Concord.Typology.Domain;

namespace Concord.Typology.Views;

/// <summary>A draft as its analysts see it, with where it stands in review.</summary>
public sealed record DraftView(
    string Code,
    DraftState State,
    int? BasedOnVersion,
    string Title,
    string Summary,
    string Narrative,
    string CrimeArea,
    IReadOnlyList<TypologyIndicator> Indicators,
    Tlp? Marking,
    Audience? Audience,
    IReadOnlyList<string> Contributors,
    string? SubmittedBy,
    DateTimeOffset? SubmittedAt,
    string? ReturnedBy,
    DateTimeOffset? ReturnedAt,
    string? ReturnReason,
    DateTimeOffset UpdatedAt);
