namespace Concord.Typology.Domain;

/// <summary>Where a draft is in its four-eyes review.</summary>
public enum DraftState
{
    /// <summary>Being written; editable.</summary>
    Draft,

    /// <summary>Submitted: waits for another analyst to approve or return it; not editable.</summary>
    InReview,

    /// <summary>Returned by the reviewer with a reason; editable, and submitted again when ready.</summary>
    Returned,
}
