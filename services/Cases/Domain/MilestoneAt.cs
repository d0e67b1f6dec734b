namespace Concord.Cases.Domain;

/// <summary>A milestone a case reached, and when.</summary>
public sealed record MilestoneAt(CaseMilestone Milestone, DateTimeOffset At);
