namespace Concord.Typology.Views;

/// <summary>One recipient's copy of a version, and what became of it.</summary>
public sealed record DistributionView(
    Guid DistributionId,
    int Version,
    string Recipient,
    string SentAs,
    DateTimeOffset SentAt,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    DateTimeOffset? SupersededAt,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawalReason);
