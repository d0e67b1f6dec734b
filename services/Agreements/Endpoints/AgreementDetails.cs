using Concord.Contracts.Agreements;

namespace Concord.Agreements.Endpoints;

/// <summary>One agreement in full: every version with its approvals, and its history.</summary>
public sealed record AgreementDetails(
    Guid Id,
    string Code,
    string Title,
    AgreementKind Kind,
    AgreementStatus Status,
    int? VersionInForce,
    int? PendingVersion,
    long Revision,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<AgreementVersionDetails> Versions,
    IReadOnlyList<AgreementHistoryEntry> History);
