using Concord.Contracts.Sharing;

namespace Concord.Typology.Domain;

/// <summary>
/// A typology draft as an analyst sends it (POST to create, PUT to edit). Everything is nullable so that every missing
/// field is reported at once; <see cref="DraftValidator"/> says what is wrong, field by field.
/// </summary>
public sealed record TypologyBody
{
    /// <summary>Required when creating; when editing, absent or the same code.</summary>
    public string? Code { get; init; }

    public string? Title { get; init; }

    public string? Summary { get; init; }

    public string? Narrative { get; init; }

    /// <summary>One of <see cref="CrimeAreas.All"/>.</summary>
    public string? CrimeArea { get; init; }

    public IReadOnlyList<IndicatorBody?>? Indicators { get; init; }

    /// <summary>Optional while drafting; required to submit and publish.</summary>
    public Tlp? Marking { get; init; }

    /// <summary>Optional while drafting; required to submit and publish.</summary>
    public AudienceBody? Audience { get; init; }
}
