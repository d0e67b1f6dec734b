namespace Concord.Fiu.Disseminations;

/// <summary>The stable codes of field errors in disseminations; messages may change, codes do not.</summary>
public static class DisseminationErrorCodes
{
    public const string Required = "Required";
    public const string TooLong = "TooLong";
    public const string TooMany = "TooMany";
    public const string Duplicate = "Duplicate";
    public const string InvalidValue = "InvalidValue";

    /// <summary>No agreement has this code.</summary>
    public const string UnknownAgreement = "UnknownAgreement";

    /// <summary>The FIU holds no report with this reference that it may read now.</summary>
    public const string UnknownReport = "UnknownReport";

    /// <summary>The report was rejected at intake: there is nothing to disseminate.</summary>
    public const string ReportNotAcknowledged = "ReportNotAcknowledged";
}
