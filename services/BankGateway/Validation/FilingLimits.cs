namespace Concord.BankGateway.Validation;

/// <summary>Bounds on what one filing may hold, so that no request can exhaust the gateway.</summary>
public static class FilingLimits
{
    public const int NarrativeLength = 20_000;
    public const int Subjects = 100;
    public const int Accounts = 500;
    public const int Transactions = 10_000;
    public const int Codes = 50;
    public const int ReportsPerBatch = 1_000;
    public const long ReportBytes = 5 * 1024 * 1024;
    public const long BatchBytes = 64 * 1024 * 1024;

    /// <summary>The earliest date a report may mention.</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);
}
