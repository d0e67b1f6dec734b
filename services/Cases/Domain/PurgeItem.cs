namespace Concord.Cases.Domain;

/// <summary>
/// The retention job purges an item whose <see cref="CaseItem.RetainUntil"/> has passed (not a member's command): its
/// content goes, its provenance stays.
/// </summary>
public sealed record PurgeItem : CaseCommand
{
    public required Guid ItemId { get; init; }
}
