namespace Concord.Typology.Persistence;

/// <summary>One recipient's copy of one typology version: what was sent, under which basis, and what became of it.</summary>
public sealed class Distribution
{
    /// <summary>The id the recipient's acknowledgement names.</summary>
    public Guid Id { get; set; }

    public Guid TypologyId { get; set; }

    public required string Code { get; set; }

    public int Version { get; set; }

    public required string Recipient { get; set; }

    /// <summary>
    /// The message it went in: <c>TypologyPublished</c> or <c>TypologySuperseded</c>; <see cref="ByReadApi"/> for a recipient
    /// without a bank gateway inbox, which reads its copy from the read API (no message is sent to it).
    /// </summary>
    public required string SentAs { get; set; }

    public const string ByReadApi = "ReadApi";

    /// <summary>The sharing envelope it travelled under, as JSON.</summary>
    public required string Envelope { get; set; }

    public Guid AgreementId { get; set; }

    public DateTimeOffset SentAt { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public string? AcknowledgedBy { get; set; }

    /// <summary>When a later version reached the same recipient.</summary>
    public DateTimeOffset? SupersededAt { get; set; }

    /// <summary>When the recipient was told the typology no longer applies to it.</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }

    public string? WithdrawalReason { get; set; }

    /// <summary>The recipient holds this copy now: neither superseded nor withdrawn.</summary>
    public bool Held => SupersededAt is null && WithdrawnAt is null;
}
