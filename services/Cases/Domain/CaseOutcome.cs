namespace Concord.Cases.Domain;

/// <summary>How a case ended; recorded, with a reason, when it closes.</summary>
public enum CaseOutcome
{
    Convicted,
    Acquitted,
    NoFurtherAction,
    AssetsRecovered,
    Other,
}
