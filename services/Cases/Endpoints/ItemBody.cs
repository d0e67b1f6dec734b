using Concord.Cases.Domain;
using Concord.Contracts.Sharing;

namespace Concord.Cases.Endpoints;

/// <summary>
/// A member's item: a Note (the default) or Intelligence, its title and text, the marking (required), the onward-sharing
/// rule (WithinAgreement by default), its data categories (CaseIntelligence by default), a grading and a parent item.
/// </summary>
public sealed record ItemBody(
    ItemKind? Kind, string? Title, string? Text, Tlp? Marking, OnwardSharingRule? OnwardSharing, IReadOnlyList<DataCategory>? Categories,
    SourceGrading? Grading, Guid? ParentItemId);
