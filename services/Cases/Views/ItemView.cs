using Concord.Cases.Domain;
using Concord.Contracts.Cases;
using Concord.Contracts.Sharing;

namespace Concord.Cases.Views;

/// <summary>
/// One item as a reader allowed to see it reads it: content, provenance, handling, lineage and documents. A purged item
/// (<see cref="PurgedAt"/> set) keeps its provenance, handling and lineage, with an empty title, no text and no documents.
/// </summary>
public sealed record ItemView(
    Guid ItemId, ItemKind Kind, string Title, string? Text, string Originator, string Holder, Guid AgreementId, string LegalGateway, Tlp Marking,
    OnwardSharingRule OnwardSharing, IReadOnlyList<DataCategory> Categories, SourceGrading? Grading, DateTimeOffset RetainUntil,
    IReadOnlyList<DisseminatedReport> Reports, string? DisseminationReference, string? RequestReference, Guid? ParentItemId,
    IReadOnlyList<ItemDocument> Documents, string AddedBy, string AddedByOrganisation, DateTimeOffset AddedAt, DateTimeOffset? PurgedAt)
{
    public static ItemView From(CaseItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.ItemId, item.Kind, item.Title, item.Text, item.Originator, item.Holder, item.AgreementId, item.LegalGateway, item.Marking,
            item.OnwardSharing, item.Categories, item.Grading, item.RetainUntil, item.Reports, item.DisseminationReference, item.RequestReference,
            item.ParentItemId, item.Documents, item.AddedBy, item.AddedByOrganisation, item.AddedAt, item.PurgedAt);
    }
}
