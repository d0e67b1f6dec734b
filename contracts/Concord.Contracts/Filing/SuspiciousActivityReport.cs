namespace Concord.Contracts.Filing;

/// <summary>
/// The canonical suspicious-activity report: what a bank files, whatever the format it filed in
/// (JSON, gRPC, later goAML or FinCEN XML). Report type, indicator and channel codes are data
/// configured by each FIU, not enums.
/// </summary>
public sealed record SuspiciousActivityReport
{
    /// <summary>The bank's own reference for the report; unique per bank and the idempotency key.</summary>
    public required string BankReference { get; init; }

    /// <summary>The FIU's report type code, e.g. STR, SAR, CTR, AIF.</summary>
    public required string ReportTypeCode { get; init; }

    public required ReportingEntity ReportingEntity { get; init; }

    /// <summary>Set when the report answers an FIU request (goAML <c>fiu_ref_number</c>).</summary>
    public string? FiuRequestReference { get; init; }

    /// <summary>The date the bank detected the suspicious activity.</summary>
    public required DateOnly DetectedOn { get; init; }

    public DateOnly? ActivityFrom { get; init; }

    public DateOnly? ActivityTo { get; init; }

    /// <summary>The reason for suspicion, in the bank's words; up to 20,000 characters.</summary>
    public required string Narrative { get; init; }

    /// <summary>What the bank did about it (account closed, transaction stopped, …).</summary>
    public string? ActionTaken { get; init; }

    /// <summary>The bank's local currency (ISO 4217), as goAML's <c>currency_code_local</c>.</summary>
    public string? LocalCurrency { get; init; }

    public IReadOnlyList<Subject> Subjects { get; init; } = [];

    public IReadOnlyList<Account> Accounts { get; init; } = [];

    public IReadOnlyList<Transaction> Transactions { get; init; } = [];

    /// <summary>Coded red flags from the FIU's indicator list.</summary>
    public IReadOnlyList<string> IndicatorCodes { get; init; } = [];

    /// <summary>Typology codes the bank cites, e.g. T-2026-014.</summary>
    public IReadOnlyList<string> TypologyCodes { get; init; } = [];
}
