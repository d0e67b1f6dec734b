namespace Concord.LegalBasis.Audit;

/// <summary>What to append to the audit chain: who did what to which item, under which agreement, with what outcome.</summary>
public sealed record AuditRecord
{
    public required AuditKind Kind { get; init; }

    /// <summary>The organisation acting (and, after a slash, the client or user where known).</summary>
    public required string Actor { get; init; }

    /// <summary>What was done, e.g. <c>share SuspiciousActivityReported</c> or <c>read report</c>.</summary>
    public required string Action { get; init; }

    /// <summary>The item concerned, e.g. <c>report:CR-2026-7KQHDKRS18</c>.</summary>
    public required string Subject { get; init; }

    public required AuditOutcome Outcome { get; init; }

    public Guid? AgreementId { get; init; }

    public int? AgreementVersion { get; init; }

    /// <summary>Deny reason codes, comma-separated; empty on a permit.</summary>
    public string Reasons { get; init; } = "";

    /// <summary>Anything else worth keeping, as JSON (kept byte for byte: it is part of the hash).</summary>
    public string? Details { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }
}
