namespace Concord.Agreements.Domain;

/// <summary>One version of an agreement's terms, as drafted and approved.</summary>
public sealed class AgreementVersion
{
    public Guid AgreementId { get; set; }

    public int Version { get; set; }

    public AgreementVersionState State { get; set; }

    /// <summary>The terms as JSON (<see cref="AgreementContent"/>): parties, gateways, validity and flows.</summary>
    public required string Content { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? TookEffectAt { get; set; }
}
