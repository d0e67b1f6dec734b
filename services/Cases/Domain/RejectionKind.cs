namespace Concord.Cases.Domain;

/// <summary>Why a command was refused, as far as the answer's status goes.</summary>
public enum RejectionKind
{
    /// <summary>The command itself is wrong: field errors (400).</summary>
    Invalid,

    /// <summary>The actor may not do this in this case (403).</summary>
    Forbidden,

    /// <summary>The case, or the member or task named, does not exist (404).</summary>
    NotFound,

    /// <summary>The case's state does not allow it now (409).</summary>
    Conflict,
}
