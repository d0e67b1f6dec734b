namespace Concord.Agreements.Domain;

/// <summary>
/// A checkpoint that named a different hash for a sequence already vouched for: the service's chain was rewritten
/// (or something publishes in its name). Kept beside the first checkpoint, never in its place.
/// </summary>
public sealed class CheckpointConflict
{
    public long Id { get; set; }

    public required string Service { get; set; }

    public long Sequence { get; set; }

    /// <summary>The hash received first, which stays the checkpoint.</summary>
    public required string StoredHash { get; set; }

    public required string ConflictingHash { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
