using Concord.Contracts.Cases;
using Concord.Contracts.Sharing;

namespace Concord.Cases.Views;

/// <summary>A dissemination its recipient organisation received: pending until taken into a case.</summary>
public sealed record DisseminationView(
    Guid DisseminationId, string Reference, string Title, string AnalysisNote, IReadOnlyList<DisseminatedReport> Reports, string DisseminatedBy,
    DateTimeOffset DisseminatedAt, Guid AgreementId, Tlp Marking, OnwardSharingRule OnwardSharing, IReadOnlyList<DataCategory> Categories,
    DateTimeOffset RetainUntil, bool Pending, Guid? CaseId, Guid? ItemId, DateTimeOffset? TakenAt);
