namespace Concord.Cases.Domain;

/// <summary>
/// The lead takes a dissemination its organisation received into the case: it becomes an item. The desk has checked
/// that the dissemination is the lead's organisation's and not yet taken; the item carries the envelope's terms.
/// </summary>
public sealed record TakeDissemination : CaseCommand
{
    public required CaseItem Item { get; init; }
}
