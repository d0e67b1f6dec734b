using Concord.Cases.Domain;

namespace Concord.Cases.Views;

public sealed record CaseSummary(Guid Id, string Title, string CaseType, string AgreementCode, CaseMilestone Milestone, CaseOutcome? Outcome, DateTimeOffset OpenedAt, DateTimeOffset UpdatedAt);
