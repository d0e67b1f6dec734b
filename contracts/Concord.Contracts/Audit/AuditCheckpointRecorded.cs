namespace Concord.Contracts.Audit;

/// <summary>
/// A service's audit chain head, published so that a history rewritten later inside the service can be detected
/// from outside it. The Agreements service keeps every checkpoint it receives.
/// </summary>
public sealed record AuditCheckpointRecorded
{
    /// <summary>The service whose chain this is, e.g. <c>fiu</c>.</summary>
    public required string Service { get; init; }

    /// <summary>The last entry of the chain when the checkpoint was taken.</summary>
    public required long Sequence { get; init; }

    /// <summary>That entry's SHA-256 hash, in lower-case hexadecimal.</summary>
    public required string Hash { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }
}
