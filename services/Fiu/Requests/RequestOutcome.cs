namespace Concord.Fiu.Requests;

public enum RequestOutcome
{
    /// <summary>Done: the request was sent, or withdrawn.</summary>
    Done,

    /// <summary>The body has field errors; nothing was stored or sent.</summary>
    Invalid,

    /// <summary>Valid, but the agreement gives no basis to ask some bank now; nothing was stored or sent.</summary>
    NoLegalBasis,

    NotFound,

    /// <summary>The request's state does not allow it (already withdrawn, or every bank answered).</summary>
    Conflict,
}
