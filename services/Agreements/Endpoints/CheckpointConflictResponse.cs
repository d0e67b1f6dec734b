namespace Concord.Agreements.Endpoints;

/// <summary>A checkpoint that contradicted one held for the same sequence: evidence that the service's history was rewritten.</summary>
public sealed record CheckpointConflictResponse(long Sequence, string StoredHash, string ConflictingHash, DateTimeOffset RecordedAt, DateTimeOffset ReceivedAt);
