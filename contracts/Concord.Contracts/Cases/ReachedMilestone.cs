namespace Concord.Contracts.Cases;

/// <summary>A milestone a case reached and when, e.g. <c>Charged</c> on a date.</summary>
public sealed record ReachedMilestone
{
    /// <summary>The milestone's name: Opened, UnderInvestigation, ReferredToProsecution, Charged, AssetsFrozen, AssetsRecovered, Closed.</summary>
    public required string Milestone { get; init; }

    public required DateTimeOffset At { get; init; }
}
