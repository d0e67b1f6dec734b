using Concord.Contracts.Sharing;
using Concord.Contracts.Typologies;
using Concord.Typology.Domain;

namespace Concord.Typology.Persistence;

/// <summary>A published version of a typology. Never changed after it is written.</summary>
public sealed class PublishedVersion
{
    public Guid TypologyId { get; set; }

    public int Version { get; set; }

    public required string Code { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    public required string Narrative { get; set; }

    public required string CrimeArea { get; set; }

    public required string Indicators { get; set; }

    public Tlp Marking { get; set; }

    public required string Audience { get; set; }

    /// <summary>The organisations the audience resolved to at publication.</summary>
    public List<string> Recipients { get; set; } = [];

    public List<string> Contributors { get; set; } = [];

    public required string SubmittedBy { get; set; }

    public required string ApprovedBy { get; set; }

    public required string PublishedBy { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public TypologyDraftContent Content => new()
    {
        Title = Title,
        Summary = Summary,
        Narrative = Narrative,
        CrimeArea = CrimeArea,
        Indicators = StoredJson.Indicators(Indicators),
        Marking = Marking,
        Audience = StoredJson.Audience(Audience),
    };

    /// <summary>The version as its recipients receive it.</summary>
    public TypologyContent ToContract() => new()
    {
        TypologyId = TypologyId,
        Code = Code,
        Version = Version,
        Title = Title,
        Summary = Summary,
        Narrative = Narrative,
        CrimeArea = CrimeArea,
        Indicators = StoredJson.Indicators(Indicators),
        Marking = Marking,
        PublishedBy = PublishedBy,
        PublishedAt = PublishedAt,
    };
}
