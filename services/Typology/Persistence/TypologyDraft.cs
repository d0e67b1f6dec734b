using Concord.Contracts.Sharing;
using Concord.Typology.Domain;

namespace Concord.Typology.Persistence;

/// <summary>The one draft a typology may have: its first version, or the next one, on its way through review.</summary>
public sealed class TypologyDraft
{
    public Guid TypologyId { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    public required string Narrative { get; set; }

    public required string CrimeArea { get; set; }

    /// <summary>The indicators as JSON (<see cref="StoredJson.Indicators(string)"/>).</summary>
    public required string Indicators { get; set; }

    public Tlp? Marking { get; set; }

    /// <summary>The audience as JSON, or null while not chosen.</summary>
    public string? Audience { get; set; }

    public DraftState State { get; set; }

    /// <summary>Every analyst who created or edited the draft: none of them may approve it.</summary>
    public List<string> Contributors { get; set; } = [];

    public string? SubmittedBy { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public string? ReturnedBy { get; set; }

    public DateTimeOffset? ReturnedAt { get; set; }

    public string? ReturnReason { get; set; }

    /// <summary>The published version this draft started from; null for a first version.</summary>
    public int? BasedOnVersion { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

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

    public void Apply(TypologyDraftContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Title = content.Title;
        Summary = content.Summary;
        Narrative = content.Narrative;
        CrimeArea = content.CrimeArea;
        Indicators = StoredJson.Indicators(content.Indicators);
        Marking = content.Marking;
        Audience = StoredJson.Audience(content.Audience);
    }
}
