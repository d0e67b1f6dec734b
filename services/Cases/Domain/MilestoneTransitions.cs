namespace Concord.Cases.Domain;

/// <summary>
/// Which milestone may follow which. The main road is Opened → UnderInvestigation → ReferredToProsecution → Charged →
/// AssetsFrozen → AssetsRecovered → Closed, with these shortcuts: a case may close from any milestone (no further
/// action, prosecution declined, acquittal …); assets may be frozen as soon as the investigation starts, and the
/// prosecution then carries on from the freeze (referral, then charge, each once); assets are recovered only once
/// frozen. Nothing moves backwards, nothing repeats, and Closed is final.
/// </summary>
public static class MilestoneTransitions
{
    public static bool IsAllowed(CaseMilestone from, CaseMilestone to, IReadOnlySet<CaseMilestone> reached)
    {
        ArgumentNullException.ThrowIfNull(reached);
        if (from == CaseMilestone.Closed || reached.Contains(to))
        {
            return false;
        }

        return (from, to) switch
        {
            (_, CaseMilestone.Closed) => true,
            (CaseMilestone.Opened, CaseMilestone.UnderInvestigation) => true,
            (CaseMilestone.UnderInvestigation, CaseMilestone.ReferredToProsecution) => true,
            (CaseMilestone.UnderInvestigation or CaseMilestone.ReferredToProsecution or CaseMilestone.Charged, CaseMilestone.AssetsFrozen) => true,
            (CaseMilestone.ReferredToProsecution, CaseMilestone.Charged) => true,
            // Note: after an early freeze, the prosecution track resumes where it stood.
            (CaseMilestone.AssetsFrozen, CaseMilestone.ReferredToProsecution) => true,
            (CaseMilestone.AssetsFrozen, CaseMilestone.Charged) => reached.Contains(CaseMilestone.ReferredToProsecution),
            (CaseMilestone.AssetsFrozen, CaseMilestone.AssetsRecovered) => true,
            (CaseMilestone.ReferredToProsecution or CaseMilestone.Charged, CaseMilestone.AssetsRecovered) => reached.Contains(CaseMilestone.AssetsFrozen),
            _ => false,
        };
    }

    /// <summary>Whether <paramref name="outcome"/> can be true of a case that reached <paramref name="reached"/>: no conviction or acquittal without a charge, no recovery outcome without recovered assets.</summary>
    public static bool IsConsistent(CaseOutcome outcome, IReadOnlySet<CaseMilestone> reached)
    {
        ArgumentNullException.ThrowIfNull(reached);
        return outcome switch
        {
            CaseOutcome.Convicted or CaseOutcome.Acquitted => reached.Contains(CaseMilestone.Charged),
            CaseOutcome.AssetsRecovered => reached.Contains(CaseMilestone.AssetsRecovered),
            _ => true,
        };
    }
}
