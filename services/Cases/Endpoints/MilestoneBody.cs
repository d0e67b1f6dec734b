using Concord.Cases.Domain;

namespace Concord.Cases.Endpoints;

/// <summary>The milestone to move to; closing also takes an outcome and a reason.</summary>
public sealed record MilestoneBody(CaseMilestone? Milestone, CaseOutcome? Outcome, string? Reason);
