namespace Concord.Typology.Views;

/// <summary>One typology for its analysts: its status, its draft if any, and every published version.</summary>
public sealed record TypologyDetails(
    Guid Id,
    string Code,
    string Status,
    int? CurrentVersion,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawalReason,
    DraftView? Draft,
    IReadOnlyList<VersionSummary> Versions);
