namespace Concord.Fiu.Requests;

/// <summary>Where one bank's copy of a request stands; stored and served as its name.</summary>
public enum RecipientStatus
{
    /// <summary>Sent, not answered yet, the deadline not passed.</summary>
    Sent,

    Answered,

    /// <summary>Sent, not answered, and the deadline has passed: computed, never stored.</summary>
    Overdue,

    /// <summary>The FIU withdrew the request before this bank answered.</summary>
    Withdrawn,
}
