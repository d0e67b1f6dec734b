namespace Concord.LegalBasis.Audit;

/// <summary>A chain head as published outside the service: the hash the entry at this sequence had then.</summary>
public sealed record AuditCheckpoint(long Sequence, byte[] Hash, DateTimeOffset TakenAt);
