namespace Concord.BankGateway.Validation;

/// <summary>The stable codes of field-level errors; messages may change, codes do not.</summary>
public static class ErrorCodes
{
    public const string Required = "Required";
    public const string TooLong = "TooLong";
    public const string TooMany = "TooMany";
    public const string InvalidFormat = "InvalidFormat";
    public const string InvalidValue = "InvalidValue";
    public const string UnknownCurrency = "UnknownCurrency";
    public const string UnknownCountry = "UnknownCountry";
    public const string InvalidIban = "InvalidIban";
    public const string FutureDate = "FutureDate";
    public const string ImpossibleDate = "ImpossibleDate";
    public const string DateOrder = "DateOrder";
    public const string NotPositive = "NotPositive";
    public const string Duplicate = "Duplicate";
    public const string UnknownReference = "UnknownReference";
    public const string NotYourOrganisation = "NotYourOrganisation";
    public const string MalformedJson = "MalformedJson";

    /// <summary>A different report was already filed under the bank reference.</summary>
    public const string Conflict = "Conflict";

    /// <summary>A date or timestamp that does not parse (gRPC carries dates as strings).</summary>
    public const string InvalidDate = "InvalidDate";

    /// <summary>An amount that is not a decimal number (gRPC carries amounts as strings).</summary>
    public const string InvalidAmount = "InvalidAmount";
}
