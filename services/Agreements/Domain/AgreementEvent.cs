namespace Concord.Agreements.Domain;

/// <summary>One step in an agreement's history: what happened, to which version, who did it, when and why.</summary>
public sealed class AgreementEvent
{
    public long Id { get; set; }

    public Guid AgreementId { get; set; }

    public int Version { get; set; }

    public AgreementEventKind Kind { get; set; }

    /// <summary>The change sequence when the step changed the terms in force; null for drafts and approvals.</summary>
    public long? Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public required string By { get; set; }

    public string? Reason { get; set; }
}
