using Concord.Contracts.Sharing;

namespace Concord.Fiu.Disseminations;

/// <summary>Intelligence the FIU disseminated to one task-force organisation under a Partnership agreement.</summary>
public sealed class Dissemination
{
    public Guid Id { get; set; }

    /// <summary>The reference both sides quote, e.g. <c>DIS-2026-7KQ2M9XW4T</c>.</summary>
    public required string Reference { get; set; }

    public Guid AgreementId { get; set; }

    public int AgreementVersion { get; set; }

    public required string AgreementCode { get; set; }

    public required string LegalGateway { get; set; }

    public required string RecipientOrganisationId { get; set; }

    public required string Title { get; set; }

    public required string AnalysisNote { get; set; }

    public Tlp Marking { get; set; }

    public OnwardSharingRule OnwardSharing { get; set; }

    public SourceReliability? SourceReliability { get; set; }

    public InformationCredibility? SourceCredibility { get; set; }

    /// <summary>The envelope <c>IntelligenceDisseminated</c> went out under, as JSON.</summary>
    public required string Envelope { get; set; }

    /// <summary>The analyst, as the audit chain names them: organisation, then user or client.</summary>
    public required string DisseminatedBy { get; set; }

    public DateTimeOffset DisseminatedAt { get; set; }

    public List<DisseminationReport> Reports { get; set; } = [];
}
