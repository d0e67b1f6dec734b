namespace Concord.Agreements.Endpoints;

/// <summary>
/// A checkpoint exactly as <c>concord audit verify --checkpoints</c> reads it: <c>{"sequence":10,"hash":"hex","takenAt":"…"}</c>.
/// </summary>
public sealed record CheckpointResponse(long Sequence, string Hash, DateTimeOffset TakenAt);
