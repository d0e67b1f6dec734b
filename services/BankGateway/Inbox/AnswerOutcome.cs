namespace Concord.BankGateway.Inbox;

public enum AnswerOutcome
{
    /// <summary>Stored and on its way to the FIU.</summary>
    Answered,

    /// <summary>The same answer was given before: nothing new was stored or sent; the first answer's receipt.</summary>
    Duplicate,

    Invalid,

    /// <summary>No request of the bank's has the reference.</summary>
    NotFound,

    /// <summary>The FIU withdrew the request.</summary>
    Withdrawn,

    /// <summary>The bank already gave a different answer.</summary>
    AlreadyAnswered,

    /// <summary>The agreement does not let the bank send this answer (or a category of its details) now; nothing was stored.</summary>
    NoLegalBasis,
}
