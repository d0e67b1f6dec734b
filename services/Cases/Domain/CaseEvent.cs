using System.Text.Json.Serialization;

namespace Concord.Cases.Domain;

/// <summary>
/// Something that happened to a case, with who did it and when. Stored append-only in <c>case_events</c>, in order;
/// the case's state is these events folded. Note: never rename a type or its discriminator — stored events name it.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(CaseOpened), nameof(CaseOpened))]
[JsonDerivedType(typeof(MemberAdded), nameof(MemberAdded))]
[JsonDerivedType(typeof(MemberRemoved), nameof(MemberRemoved))]
[JsonDerivedType(typeof(TaskAdded), nameof(TaskAdded))]
[JsonDerivedType(typeof(TaskCompleted), nameof(TaskCompleted))]
[JsonDerivedType(typeof(MilestoneReached), nameof(MilestoneReached))]
[JsonDerivedType(typeof(CaseClosed), nameof(CaseClosed))]
[JsonDerivedType(typeof(NoteAdded), nameof(NoteAdded))]
[JsonDerivedType(typeof(ItemAdded), nameof(ItemAdded))]
[JsonDerivedType(typeof(ProductionRequestSent), nameof(ProductionRequestSent))]
[JsonDerivedType(typeof(ProductionReceived), nameof(ProductionReceived))]
[JsonDerivedType(typeof(CaseReferenceAssigned), nameof(CaseReferenceAssigned))]
[JsonDerivedType(typeof(OutcomeShared), nameof(OutcomeShared))]
[JsonDerivedType(typeof(OnwardShareRequested), nameof(OnwardShareRequested))]
[JsonDerivedType(typeof(OnwardShareGranted), nameof(OnwardShareGranted))]
[JsonDerivedType(typeof(OnwardShareRefused), nameof(OnwardShareRefused))]
[JsonDerivedType(typeof(ItemPurged), nameof(ItemPurged))]
public abstract record CaseEvent
{
    /// <summary>The person who did it.</summary>
    public required string By { get; init; }

    public required string ByOrganisation { get; init; }

    public required DateTimeOffset At { get; init; }
}
