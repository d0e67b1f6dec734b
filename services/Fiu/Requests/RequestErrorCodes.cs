namespace Concord.Fiu.Requests;

/// <summary>The stable codes of field errors in requests for information and feedback; messages may change, codes do not.</summary>
public static class RequestErrorCodes
{
    public const string Required = "Required";
    public const string TooLong = "TooLong";
    public const string TooMany = "TooMany";
    public const string Duplicate = "Duplicate";
    public const string InvalidValue = "InvalidValue";
    public const string InvalidFormat = "InvalidFormat";
    public const string InvalidIban = "InvalidIban";
    public const string FutureDate = "FutureDate";

    /// <summary>The deadline is not after now.</summary>
    public const string DeadlinePassed = "DeadlinePassed";

    /// <summary>The deadline is further than <see cref="RequestLimits.LongestDeadline"/>.</summary>
    public const string DeadlineTooFar = "DeadlineTooFar";

    /// <summary>No agreement in force or on record has this code.</summary>
    public const string UnknownAgreement = "UnknownAgreement";

    /// <summary>Both, or neither, of <c>banks</c> and <c>allBanks</c>.</summary>
    public const string BanksOrAllBanks = "BanksOrAllBanks";

    /// <summary>The agreement has no party of kind Bank.</summary>
    public const string NoBanks = "NoBanks";
}
