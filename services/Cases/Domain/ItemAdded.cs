namespace Concord.Cases.Domain;

/// <summary>An intelligence item arrived in the case (a dissemination taken, a bank's documents, a member's note or intelligence).</summary>
public sealed record ItemAdded : CaseEvent
{
    public required CaseItem Item { get; init; }
}
