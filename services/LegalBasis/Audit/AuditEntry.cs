namespace Concord.LegalBasis.Audit;

/// <summary>A row of the append-only audit chain: the record, its place in the chain, and the hashes that bind it there.</summary>
public sealed class AuditEntry
{
    /// <summary>The entry's place in the chain: 1, 2, 3… without gaps.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public AuditKind Kind { get; set; }

    public string Actor { get; set; } = "";

    public string Action { get; set; } = "";

    public string Subject { get; set; } = "";

    public AuditOutcome Outcome { get; set; }

    public Guid? AgreementId { get; set; }

    public int? AgreementVersion { get; set; }

    public string Reasons { get; set; } = "";

    public string? Details { get; set; }

    /// <summary>The hash of the entry before (32 zero bytes for the first).</summary>
    public byte[] PreviousHash { get; set; } = [];

    /// <summary>SHA-256 over the previous hash and every field above.</summary>
    public byte[] Hash { get; set; } = [];
}
