namespace Concord.Agreements.Lifecycle;

/// <summary>How a request to change an agreement, a gateway or a consent ended, in the terms of HTTP.</summary>
public enum OutcomeKind
{
    Done,
    Created,

    /// <summary>Unknown, or not visible to the caller: the two are answered alike.</summary>
    NotFound,

    /// <summary>Visible to the caller, but not the caller's to do (e.g. approving as a non-party).</summary>
    Forbidden,

    /// <summary>Not possible in the current state (e.g. suspending a terminated agreement), or a duplicate.</summary>
    Conflict,

    Invalid,
}
