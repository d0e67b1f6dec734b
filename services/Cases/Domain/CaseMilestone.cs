namespace Concord.Cases.Domain;

/// <summary>Where a case stands, from opening to closure. The allowed moves are <see cref="MilestoneTransitions"/>'s.</summary>
public enum CaseMilestone
{
    Opened,
    UnderInvestigation,
    ReferredToProsecution,
    Charged,
    AssetsFrozen,
    AssetsRecovered,

    /// <summary>Final: a closed case takes no further command.</summary>
    Closed,
}
