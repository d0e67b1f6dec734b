namespace Concord.Fiu.Domain;

/// <summary>The stable codes of the FIU's rejection reasons; messages may change, codes do not.</summary>
public static class AcceptanceCodes
{
    public const string Required = "Required";
    public const string UnknownReportTypeCode = "UnknownReportTypeCode";
    public const string IndicatorRequired = "IndicatorRequired";
    public const string UnknownIndicatorCode = "UnknownIndicatorCode";
    public const string ReportingEntityMismatch = "ReportingEntityMismatch";
    public const string ActivityWindowInverted = "ActivityWindowInverted";
    public const string TransactionOutsideActivityWindow = "TransactionOutsideActivityWindow";
    public const string NarrativeTooShort = "NarrativeTooShort";
    public const string UnsupportedCharacter = "UnsupportedCharacter";
}
