using Concord.Contracts.Cases;
using Concord.Contracts.Sharing;

namespace Concord.Cases.Domain;

/// <summary>
/// An intelligence item of a case with its provenance: whose data it is (<see cref="Originator"/>), which organisation
/// received or wrote it (<see cref="Holder"/>), the agreement and marking it is held under, and what it derives from.
/// Who may read it is <see cref="ItemVisibility"/>'s question, asked on every read.
/// </summary>
public sealed record CaseItem
{
    public required Guid ItemId { get; init; }

    public required ItemKind Kind { get; init; }

    public required string Title { get; init; }

    /// <summary>The content: the analysis note, the note's or intelligence's text, the bank's comment.</summary>
    public string? Text { get; init; }

    /// <summary>The organisation the data came from in the first place.</summary>
    public required string Originator { get; init; }

    /// <summary>The organisation that received the item (or wrote it): the one its envelope addressed.</summary>
    public required string Holder { get; init; }

    public required Guid AgreementId { get; init; }

    public required string LegalGateway { get; init; }

    public required Tlp Marking { get; init; }

    public required OnwardSharingRule OnwardSharing { get; init; }

    public required IReadOnlyList<DataCategory> Categories { get; init; }

    public SourceGrading? Grading { get; init; }

    public required DateTimeOffset RetainUntil { get; init; }

    /// <summary>The reports the item derives from (a dissemination's).</summary>
    public IReadOnlyList<DisseminatedReport> Reports { get; init; } = [];

    public string? DisseminationReference { get; init; }

    /// <summary>The production request a bank's documents answer.</summary>
    public string? RequestReference { get; init; }

    public Guid? ParentItemId { get; init; }

    public IReadOnlyList<ItemDocument> Documents { get; init; } = [];

    public required string AddedBy { get; init; }

    public required string AddedByOrganisation { get; init; }

    public required DateTimeOffset AddedAt { get; init; }

    /// <summary>When the retention job purged the item's content (title, text, documents), if it has.</summary>
    public DateTimeOffset? PurgedAt { get; init; }

    /// <summary>The references the item derives from, oldest first: reports, the request, the parent item.</summary>
    public IEnumerable<string> Lineage =>
        Reports.Select(report => report.ConcordReference)
            .Concat(DisseminationReference is { } dissemination ? [dissemination] : [])
            .Concat(RequestReference is { } request ? [request] : [])
            .Concat(ParentItemId is { } parent ? [$"item:{parent}"] : []);
}
