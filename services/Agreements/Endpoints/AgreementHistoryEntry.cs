using Concord.Agreements.Domain;

namespace Concord.Agreements.Endpoints;

/// <summary>A step of an agreement's history: what, for which version, at which change number, when, by whom and why.</summary>
public sealed record AgreementHistoryEntry(AgreementEventKind Change, int Version, long? Sequence, DateTimeOffset At, string By, string? Reason);
