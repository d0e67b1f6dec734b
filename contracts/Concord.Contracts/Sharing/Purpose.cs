namespace Concord.Contracts.Sharing;

/// <summary>What partnership data is shared for; an agreement's flow names the purposes it allows.</summary>
public enum Purpose
{
    SuspicionReporting,
    Analysis,
    InformationRequest,
    Investigation,
    Prosecution,
    AssetRecovery,
    TypologyDissemination,
    Feedback,
    Oversight,
}
