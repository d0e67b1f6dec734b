using Concord.Cases.Domain;
using Concord.Contracts.Sharing;

namespace Concord.Cases.Views;

/// <summary>An item in a list: its provenance and handling, without its content; a purged one has <see cref="PurgedAt"/> and an empty title.</summary>
public sealed record ItemSummary(
    Guid ItemId, ItemKind Kind, string Title, string Originator, string Holder, Tlp Marking, OnwardSharingRule OnwardSharing,
    IReadOnlyList<DataCategory> Categories, SourceGrading? Grading, DateTimeOffset RetainUntil, IReadOnlyList<string> Lineage, int Documents,
    string AddedBy, string AddedByOrganisation, DateTimeOffset AddedAt, DateTimeOffset? PurgedAt)
{
    public static ItemSummary From(CaseItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.ItemId, item.Kind, item.Title, item.Originator, item.Holder, item.Marking, item.OnwardSharing, item.Categories, item.Grading,
            item.RetainUntil, [.. item.Lineage], item.Documents.Count, item.AddedBy, item.AddedByOrganisation, item.AddedAt, item.PurgedAt);
    }
}
