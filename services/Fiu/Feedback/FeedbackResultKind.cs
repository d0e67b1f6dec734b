namespace Concord.Fiu.Feedback;

public enum FeedbackResultKind
{
    /// <summary>Stored and on its way to the bank.</summary>
    Given,

    /// <summary>The same outcome and comment as the report's latest feedback: nothing new was stored.</summary>
    Duplicate,

    Invalid,

    /// <summary>No report the FIU may read has the reference.</summary>
    NotFound,

    /// <summary>The report was rejected: feedback is for reports the FIU acknowledged.</summary>
    NotAcknowledged,

    /// <summary>The report's agreement does not let the FIU give feedback to the bank now; nothing was stored.</summary>
    NoLegalBasis,
}
