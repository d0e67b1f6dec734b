namespace Concord.Cases.Domain;

/// <summary>A case opened before cases had references gets one when it first needs it (its outcome is reported by it).</summary>
public sealed record CaseReferenceAssigned : CaseEvent
{
    public required string Reference { get; init; }
}
