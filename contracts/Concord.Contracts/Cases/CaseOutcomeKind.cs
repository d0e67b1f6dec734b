namespace Concord.Contracts.Cases;

/// <summary>How a case ended.</summary>
public enum CaseOutcomeKind
{
    Convicted,
    Acquitted,
    NoFurtherAction,
    AssetsRecovered,
    Other,
}
