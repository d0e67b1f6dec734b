using Concord.Contracts.Sharing;

namespace Concord.BankGateway.Typologies;

/// <summary>One version of a typology as the bank it was distributed to holds it, with the bank's acknowledgement once given.</summary>
public sealed class ReceivedTypology
{
    /// <summary>The FIU's id of this bank's copy (<c>DistributionId</c>), named again by the acknowledgement.</summary>
    public Guid Id { get; set; }

    /// <summary>The bank the copy was distributed to. Every query is scoped by it.</summary>
    public required string BankOrganisationId { get; set; }

    public Guid TypologyId { get; set; }

    /// <summary>The code banks cite, e.g. <c>T-2026-014</c>; the same across versions.</summary>
    public required string Code { get; set; }

    public int Version { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    public required string Narrative { get; set; }

    public required string CrimeArea { get; set; }

    /// <summary>The indicators with their rules, as JSON (<c>TypologyIndicator[]</c>).</summary>
    public required string Indicators { get; set; }

    /// <summary>The stricter of the marking the FIU gave the version and the one its envelope carries.</summary>
    public Tlp Marking { get; set; }

    /// <summary>What the bank may do with the version beyond its own use, as its envelope says (nothing, for AMBER+STRICT and RED).</summary>
    public OnwardSharingRule OnwardSharing { get; set; }

    public required string PublishedBy { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>For a version that arrived as a supersession: the version the bank held before it.</summary>
    public int? PreviousVersion { get; set; }

    /// <summary>What changed since <see cref="PreviousVersion"/>, as JSON (<c>TypologyChange[]</c>); empty for a first version.</summary>
    public required string Changes { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public TypologyStatus Status { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public string? WithdrawalReason { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    /// <summary>The bank's client or user that acknowledged.</summary>
    public string? AcknowledgedBy { get; set; }

    /// <summary>The envelope the version arrived under, as JSON: the acknowledgement goes back under the same agreement.</summary>
    public required string Envelope { get; set; }

    public Guid AgreementId { get; set; }

    /// <summary>When the copy (and the acknowledgement kept with it) must be purged: the envelope's <c>retainUntil</c>.</summary>
    public DateTimeOffset RetainUntil { get; set; }
}
