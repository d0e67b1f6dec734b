namespace Concord.Agreements.Domain;

/// <summary>A service's audit chain head as it published it: the first hash received for a sequence is the one kept.</summary>
public sealed class StoredCheckpoint
{
    public required string Service { get; set; }

    public long Sequence { get; set; }

    /// <summary>SHA-256, lower-case hexadecimal.</summary>
    public required string Hash { get; set; }

    /// <summary>When the service took the checkpoint (its own clock).</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>When this service received it.</summary>
    public DateTimeOffset ReceivedAt { get; set; }
}
