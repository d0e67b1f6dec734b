using Concord.BankGateway.Validation;
using Concord.Contracts.Filing;
using Concord.Testing;
using Xunit;

namespace Concord.BankGateway.Tests.Validation;

public sealed class ReportValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private readonly ReportValidator _validator = new(new FixedTime(Now));

    private static SuspiciousActivityReport Valid() => SampleReports.Structuring("bank-alpha", "ALPHA-1");

    private IReadOnlyList<FieldError> Errors(SuspiciousActivityReport report) => _validator.Validate(report).ToFieldErrors();

    private static void AssertSingle(IReadOnlyList<FieldError> errors, string path, string code)
    {
        var error = Assert.Single(errors);
        Assert.Equal(path, error.Path);
        Assert.Equal(code, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Validate_WhenReportIsComplete_HasNoErrors() => Assert.Empty(Errors(Valid()));

    [Fact]
    public void Validate_WhenNarrativeMissing_ReportsRequiredAtNarrative() =>
        AssertSingle(Errors(Valid() with { Narrative = null! }), "narrative", ErrorCodes.Required);

    [Fact]
    public void Validate_WhenNarrativeLongerThanLimit_ReportsTooLong()
    {
        Assert.Empty(Errors(Valid() with { Narrative = new string('x', FilingLimits.NarrativeLength) }));
        AssertSingle(Errors(Valid() with { Narrative = new string('x', FilingLimits.NarrativeLength + 1) }), "narrative", ErrorCodes.TooLong);
    }

    [Fact]
    public void Validate_WhenTransactionCurrencyUnknown_ReportsPathOfTransaction()
    {
        var report = Valid();
        var transactions = report.Transactions.ToList();
        transactions[2] = transactions[2] with { Currency = "XYZ" };
        AssertSingle(Errors(report with { Transactions = transactions }), "transactions[2].currency", ErrorCodes.UnknownCurrency);
    }

    [Fact]
    public void Validate_WhenAmountNotPositive_ReportsNotPositive()
    {
        var report = Valid();
        var transactions = report.Transactions.ToList();
        transactions[0] = transactions[0] with { Amount = -5m };
        AssertSingle(Errors(report with { Transactions = transactions }), "transactions[0].amount", ErrorCodes.NotPositive);
    }

    [Fact]
    public void Validate_WhenDetectedTomorrowInUtc_AcceptsItForTimeZonesAhead()
    {
        Assert.Empty(Errors(Valid() with { DetectedOn = new DateOnly(2026, 11, 24) }));
        AssertSingle(Errors(Valid() with { DetectedOn = new DateOnly(2026, 11, 25) }), "detectedOn", ErrorCodes.FutureDate);
    }

    [Fact]
    public void Validate_WhenDateInFuture_NamesTheDateInIsoFormat()
    {
        var error = Assert.Single(Errors(Valid() with { DetectedOn = new DateOnly(2026, 12, 24) }));
        Assert.Equal("2026-12-24 is in the future.", error.Message);
    }

    [Fact]
    public void Validate_WhenDateBefore1900_NamesBothDatesInIsoFormat()
    {
        var error = Assert.Single(Errors(Valid() with { ActivityFrom = new DateOnly(1899, 3, 4) }));
        Assert.Equal("1899-03-04 is before 1900-01-01.", error.Message);
    }

    [Fact]
    public void Validate_WhenTransactionInFuture_ReportsFutureDate()
    {
        var report = Valid();
        var transactions = report.Transactions.ToList();
        transactions[1] = transactions[1] with { OccurredAt = Now.AddHours(2) };
        AssertSingle(Errors(report with { Transactions = transactions }), "transactions[1].occurredAt", ErrorCodes.FutureDate);
    }

    [Fact]
    public void Validate_WhenDateOfBirthBefore1900_ReportsImpossibleDate()
    {
        var report = Valid();
        var subjects = report.Subjects.ToList();
        subjects[0] = subjects[0] with { Person = subjects[0].Person! with { DateOfBirth = new DateOnly(1850, 1, 1) } };
        AssertSingle(Errors(report with { Subjects = subjects }), "subjects[0].person.dateOfBirth", ErrorCodes.ImpossibleDate);
    }

    [Fact]
    public void Validate_WhenActivityEndsBeforeItStarts_ReportsDateOrder() =>
        AssertSingle(Errors(Valid() with { ActivityFrom = new DateOnly(2026, 10, 10), ActivityTo = new DateOnly(2026, 10, 1) }), "activityTo", ErrorCodes.DateOrder);

    [Fact]
    public void Validate_WhenIbanChecksumWrong_ReportsInvalidIban()
    {
        var report = Valid();
        var accounts = report.Accounts.ToList();
        accounts[0] = accounts[0] with { Iban = "GB82WEST12345698765433" };
        AssertSingle(Errors(report with { Accounts = accounts }), "accounts[0].iban", ErrorCodes.InvalidIban);
    }

    [Fact]
    public void Validate_WhenAccountHasNeitherIbanNorNumber_ReportsRequired()
    {
        var report = Valid();
        var accounts = report.Accounts.ToList();
        accounts[1] = accounts[1] with { Iban = null, AccountNumber = null };
        AssertSingle(Errors(report with { Accounts = accounts }), "accounts[1].accountNumber", ErrorCodes.Required);
    }

    [Fact]
    public void Validate_WhenTransactionNamesUnknownAccount_ReportsUnknownReference()
    {
        var report = Valid();
        var transactions = report.Transactions.ToList();
        transactions[3] = transactions[3] with { AccountId = "A9" };
        AssertSingle(Errors(report with { Transactions = transactions }), "transactions[3].accountId", ErrorCodes.UnknownReference);
    }

    [Fact]
    public void Validate_WhenHolderIsUnknownSubject_ReportsUnknownReference()
    {
        var report = Valid();
        var accounts = report.Accounts.ToList();
        accounts[0] = accounts[0] with { HolderSubjectIds = ["S1", "S7"] };
        AssertSingle(Errors(report with { Accounts = accounts }), "accounts[0].holderSubjectIds[1]", ErrorCodes.UnknownReference);
    }

    [Fact]
    public void Validate_WhenSubjectIdUsedTwice_ReportsDuplicate()
    {
        var report = Valid();
        var subjects = report.Subjects.ToList();
        subjects[1] = subjects[1] with { LocalId = "S1" };
        var errors = Errors(report with { Subjects = subjects });
        Assert.Contains(errors, e => e.Path == "subjects[1].localId" && e.Code == ErrorCodes.Duplicate);
    }

    [Fact]
    public void Validate_WhenPersonSubjectHasNoPersonDetails_ReportsRequired()
    {
        var report = Valid();
        var subjects = report.Subjects.ToList();
        subjects[0] = subjects[0] with { Person = null };
        AssertSingle(Errors(report with { Subjects = subjects }), "subjects[0].person", ErrorCodes.Required);
    }

    [Fact]
    public void Validate_WhenNoSubjects_ReportsRequired() =>
        Assert.Contains(Errors(Valid() with { Subjects = [], Accounts = [], Transactions = [] }), e => e.Path == "subjects" && e.Code == ErrorCodes.Required);

    [Fact]
    public void Validate_WhenCountryUnknown_ReportsUnknownCountry()
    {
        var report = Valid();
        var subjects = report.Subjects.ToList();
        subjects[0] = subjects[0] with { Addresses = [subjects[0].Addresses[0] with { Country = "UK" }] };
        AssertSingle(Errors(report with { Subjects = subjects }), "subjects[0].addresses[0].country", ErrorCodes.UnknownCountry);
    }

    [Fact]
    public void Validate_WhenManyFieldsAreWrong_ReportsEveryOne()
    {
        var errors = Errors(Valid() with { BankReference = "", ReportTypeCode = "str", LocalCurrency = "GBX", Narrative = "" });
        Assert.Equal(["bankReference", "localCurrency", "narrative", "reportTypeCode"], errors.Select(e => e.Path).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_WhenBankReferenceHasSpaces_ReportsInvalidFormat() =>
        AssertSingle(Errors(Valid() with { BankReference = "ALPHA 1" }), "bankReference", ErrorCodes.InvalidFormat);

    [Fact]
    public void Validate_WhenListItemIsNull_ReportsRequired()
    {
        var subjects = Valid().Subjects.ToList();
        subjects.Add(null!);
        Assert.Contains(Errors(Valid() with { Subjects = subjects }), e => e.Path == "subjects[2]" && e.Code == ErrorCodes.Required);
    }
}
