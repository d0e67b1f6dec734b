namespace Concord.Agreements.Domain;

/// <summary>A party's approval of one version of an agreement.</summary>
public sealed class AgreementApproval
{
    public Guid AgreementId { get; set; }

    public int Version { get; set; }

    public required string OrganisationId { get; set; }

    /// <summary>The organisation's client or user that approved, or <c>seed</c> for the demo seed.</summary>
    public required string ApprovedBy { get; set; }

    public DateTimeOffset ApprovedAt { get; set; }
}
