using Concord.Contracts.Sharing;

namespace Concord.Cases.Domain;

/// <summary>
/// A member adds a note or intelligence as their organisation's data, with the marking, onward-sharing rule, categories
/// and grading they give it. The legal gateway and retention come from the case's agreement (the desk looks them up).
/// </summary>
public sealed record AddItem : CaseCommand
{
    public required Guid ItemId { get; init; }

    public required ItemKind Kind { get; init; }

    public required string Title { get; init; }

    public required string Text { get; init; }

    public required Tlp Marking { get; init; }

    public required OnwardSharingRule OnwardSharing { get; init; }

    public required IReadOnlyList<DataCategory> Categories { get; init; }

    public SourceGrading? Grading { get; init; }

    public Guid? ParentItemId { get; init; }

    public required string LegalGateway { get; init; }

    public required DateTimeOffset RetainUntil { get; init; }
}
