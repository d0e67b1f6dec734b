using Concord.Contracts.Sharing;

namespace Concord.Contracts.Cases;

/// <summary>
/// The FIU disseminated intelligence to a task force: a set of reports with an analysis note, sent to one organisation
/// of the task force (its lead, e.g. a police unit) under the task force's Partnership agreement. The lead opens a case
/// from it or adds it to an existing case. One message per recipient organisation.
/// </summary>
public sealed record IntelligenceDisseminated
{
    public required Guid DisseminationId { get; init; }

    /// <summary>The reference both sides quote, e.g. <c>DIS-2026-7KQ2M9XW4T</c>.</summary>
    public required string DisseminationReference { get; init; }

    /// <summary>The task-force organisation it is sent to: the only recipient of the envelope.</summary>
    public required string RecipientOrganisationId { get; init; }

    public required string Title { get; init; }

    /// <summary>The FIU analyst's analysis: what the reports show together and why the task force should act.</summary>
    public required string AnalysisNote { get; init; }

    /// <summary>The reports the intelligence derives from; their details are fetched from the FIU per reader, never carried here.</summary>
    public required IReadOnlyList<DisseminatedReport> Reports { get; init; }

    /// <summary>The FIU organisation that disseminated it.</summary>
    public required string DisseminatedBy { get; init; }

    /// <summary>The analyst (client or user) who disseminated it.</summary>
    public required string DisseminatedByPerson { get; init; }

    public required DateTimeOffset DisseminatedAt { get; init; }

    /// <summary>
    /// The basis it travels under: from the FIU (originator and sender) to the recipient under the task force's
    /// agreement, purpose <c>Investigation</c>, categories <c>CaseIntelligence</c> and <c>Narrative</c>, with the analyst's
    /// marking, onward-sharing rule and source grading; its lineage lists the reports' Concord references.
    /// </summary>
    public SharingEnvelope? Envelope { get; init; }
}
