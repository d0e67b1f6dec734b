namespace Concord.Contracts.Sharing;

/// <summary>Admiralty-style grading of the information itself (1 to 6).</summary>
public enum InformationCredibility
{
    ConfirmedByOtherSources = 1,
    ProbablyTrue = 2,
    PossiblyTrue = 3,
    DoubtfullyTrue = 4,
    Improbable = 5,
    CannotBeJudged = 6,
}
