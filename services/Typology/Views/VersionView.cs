using Concord.Contracts.Sharing;
using Concord.Contracts.Typologies;
using Concord.Typology.Domain;

namespace Concord.Typology.Views;

/// <summary>A published version for the FIU's analysts: its content, audience, the recipients it resolved to, and who wrote and approved it.</summary>
public sealed record VersionView(
    string Code,
    int Version,
    string Title,
    string Summary,
    string Narrative,
    string CrimeArea,
    IReadOnlyList<TypologyIndicator> Indicators,
    Tlp Marking,
    Audience Audience,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> Contributors,
    string SubmittedBy,
    string ApprovedBy,
    DateTimeOffset PublishedAt);
