namespace Concord.BankGateway.Production;

public enum ProductionAnswerOutcome
{
    /// <summary>Stored and on its way to the task force.</summary>
    Answered,

    /// <summary>The answer breaks a rule (400), or a size limit (413, <see cref="AnswerChecker.IsTooLarge"/>).</summary>
    Invalid,

    /// <summary>No request of the bank's has the reference.</summary>
    NotFound,

    /// <summary>The bank already answered: an answer is given once.</summary>
    AlreadyAnswered,

    /// <summary>The agreement does not let the bank send this answer now; nothing was stored.</summary>
    NoLegalBasis,
}
