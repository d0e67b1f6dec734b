namespace Concord.Cases.Persistence;

/// <summary>
/// Where an item is and until when it may be kept (<c>case_items</c>): the projection the retention job reads, since
/// the item itself lives in its case's <c>ItemAdded</c> event.
/// </summary>
public sealed class StoredItem
{
    public Guid ItemId { get; set; }

    public Guid CaseId { get; set; }

    public DateTimeOffset RetainUntil { get; set; }

    /// <summary>When the retention job purged the item's content, if it has.</summary>
    public DateTimeOffset? PurgedAt { get; set; }
}
