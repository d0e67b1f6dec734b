namespace Concord.Cases.Domain;

/// <summary>
/// An item's retention ended and its content was purged: its title, text and documents are gone, its provenance
/// (originator, holder, agreement, marking, lineage) stays. Recorded by the retention job.
/// </summary>
public sealed record ItemPurged : CaseEvent
{
    public required Guid ItemId { get; init; }

    /// <summary>The retention that had ended, as the item carried it.</summary>
    public required DateTimeOffset RetainUntil { get; init; }
}
