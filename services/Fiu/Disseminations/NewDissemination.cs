using Concord.Contracts.Sharing;

namespace Concord.Fiu.Disseminations;

/// <summary>
/// The body of <c>POST /api/v1/disseminations</c>. Every member is optional here so that a missing one is a field
/// error naming it, not a default value taken silently; <see cref="Marking"/> and <see cref="OnwardSharing"/> have
/// documented defaults.
/// </summary>
public sealed record NewDissemination
{
    /// <summary>The task force's Partnership agreement by code, e.g. <c>AGR-GB-JMLIT-2026</c>.</summary>
    public string? AgreementCode { get; init; }

    /// <summary>The task-force organisation it goes to, e.g. <c>police-ecu</c>.</summary>
    public string? RecipientOrganisationId { get; init; }

    public string? Title { get; init; }

    public string? AnalysisNote { get; init; }

    /// <summary>Concord references of reports the FIU holds (1 to 100, each once).</summary>
    public IReadOnlyList<string?>? ReportReferences { get; init; }

    /// <summary>TLP marking; AMBER when left out.</summary>
    public Tlp? Marking { get; init; }

    /// <summary>What the recipient may do with it beyond the task force; WithOriginatorConsent when left out.</summary>
    public OnwardSharingRule? OnwardSharing { get; init; }

    public SourceGradingBody? SourceGrading { get; init; }
}
