using Concord.Contracts.Cases;

namespace Concord.BankGateway.CaseOutcomes;

/// <summary>What a case the bank's reports contributed to came to, as the task force told the bank.</summary>
public sealed record CaseOutcomeEntry(
    string CaseReference,
    CaseOutcomeKind Outcome,
    string Summary,
    IReadOnlyList<ReachedMilestone> Milestones,
    IReadOnlyList<string> Reports,
    string ReportedBy,
    DateTimeOffset ClosedAt,
    DateTimeOffset ReceivedAt,
    DateTimeOffset RetainUntil);
