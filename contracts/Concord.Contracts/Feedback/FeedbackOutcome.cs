namespace Concord.Contracts.Feedback;

/// <summary>What became of a report, as the FIU tells the bank that filed it.</summary>
public enum FeedbackOutcome
{
    /// <summary>The report was of use to the FIU's analysis.</summary>
    Useful,

    /// <summary>The report contributed to intelligence disseminated to a competent authority.</summary>
    LedToDissemination,

    /// <summary>The FIU took, or will take, no further action on the report.</summary>
    NoFurtherAction,
}
