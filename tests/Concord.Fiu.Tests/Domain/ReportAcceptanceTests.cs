using Concord.Contracts.Filing;
using Concord.Fiu.Domain;
using Xunit;

namespace Concord.Fiu.Tests.Domain;

public sealed class ReportAcceptanceTests
{
    private static readonly AcceptanceRules Rules = new(
        AcceptanceRules.DefaultReportTypeCodes,
        ["ML-STRUCT", "ML-MULE", "DRUG-PROCEEDS", "TF"],
        minimumNarrativeLength: 50);

    [Fact]
    public void Check_WhenReportMeetsEveryRule_ReturnsNoReasons()
    {
        Assert.Empty(ReportAcceptance.Check(Reports.Filed(), Rules));
    }

    [Theory]
    [InlineData("STR")]
    [InlineData("SAR")]
    [InlineData("CTR")]
    [InlineData("AIF")]
    [InlineData("TFR")]
    public void Check_WhenReportTypeIsADefaultOne_AcceptsIt(string code)
    {
        var message = With(r => r with { ReportTypeCode = code });

        Assert.Empty(ReportAcceptance.Check(message, Rules));
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("str")]
    [InlineData("")]
    public void Check_WhenReportTypeIsNotConfigured_RejectsTheReportType(string code)
    {
        var message = With(r => r with { ReportTypeCode = code });

        var reason = Assert.Single(ReportAcceptance.Check(message, Rules));
        Assert.Equal(("report.reportTypeCode", AcceptanceCodes.UnknownReportTypeCode), (reason.Path, reason.Code));
        Assert.Contains("STR", reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenTheFiuConfiguresItsOwnReportTypes_UsesOnlyThose()
    {
        var rules = new AcceptanceRules(["UTR"], null, 50);

        Assert.Empty(ReportAcceptance.Check(With(r => r with { ReportTypeCode = "UTR" }), rules));
        Assert.Equal(AcceptanceCodes.UnknownReportTypeCode, Assert.Single(ReportAcceptance.Check(Reports.Filed(), rules)).Code);
    }

    [Fact]
    public void Check_WhenIndicatorsAreNotOnTheList_RejectsEachByItsIndex()
    {
        var message = With(r => r with { IndicatorCodes = ["ML-STRUCT", "UNKNOWN-1", "TF", "UNKNOWN-2"] });

        var reasons = ReportAcceptance.Check(message, Rules);

        Assert.Equal(
            [("report.indicatorCodes[1]", AcceptanceCodes.UnknownIndicatorCode), ("report.indicatorCodes[3]", AcceptanceCodes.UnknownIndicatorCode)],
            reasons.Select(r => (r.Path, r.Code)));
        Assert.Contains("UNKNOWN-1", reasons[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenNoIndicatorListIsConfigured_AcceptsAnyIndicator()
    {
        var rules = new AcceptanceRules(AcceptanceRules.DefaultReportTypeCodes, null, 50);

        Assert.Empty(ReportAcceptance.Check(With(r => r with { IndicatorCodes = ["ANYTHING-AT-ALL"] }), rules));
    }

    [Fact]
    public void Check_WhenReportCitesNoIndicator_RequiresOne()
    {
        var rules = new AcceptanceRules(AcceptanceRules.DefaultReportTypeCodes, null, 50);

        var reason = Assert.Single(ReportAcceptance.Check(With(r => r with { IndicatorCodes = [] }), rules));

        Assert.Equal(("report.indicatorCodes", AcceptanceCodes.IndicatorRequired), (reason.Path, reason.Code));
    }

    [Fact]
    public void Check_WhenReportingEntityIsAnotherBank_RejectsTheReportingEntity()
    {
        var message = With(r => r with { ReportingEntity = r.ReportingEntity with { OrganisationId = "bank-beta" } });

        var reason = Assert.Single(ReportAcceptance.Check(message, Rules));

        Assert.Equal(("report.reportingEntity.organisationId", AcceptanceCodes.ReportingEntityMismatch), (reason.Path, reason.Code));
        Assert.Contains("bank-beta", reason.Message, StringComparison.Ordinal);
        Assert.Contains(Reports.Bank, reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenTransactionsFallOutsideTheActivityWindow_RejectsEachByItsIndex()
    {
        var message = With(r => r with
        {
            ActivityFrom = new DateOnly(2026, 10, 1),
            ActivityTo = new DateOnly(2026, 10, 31),
            Transactions =
            [
                Transaction(new DateTimeOffset(2026, 9, 30, 23, 59, 0, TimeSpan.Zero)),
                Transaction(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero)),
                Transaction(new DateTimeOffset(2026, 10, 31, 23, 59, 0, TimeSpan.Zero)),
                Transaction(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)),
            ],
        });

        var reasons = ReportAcceptance.Check(message, Rules);

        Assert.Equal(
            [("report.transactions[0].occurredAt", AcceptanceCodes.TransactionOutsideActivityWindow), ("report.transactions[3].occurredAt", AcceptanceCodes.TransactionOutsideActivityWindow)],
            reasons.Select(r => (r.Path, r.Code)));
    }

    [Fact]
    public void Check_WhenOnlyTheWindowStartIsGiven_ChecksOnlyTheStart()
    {
        var message = With(r => r with
        {
            ActivityFrom = new DateOnly(2026, 10, 1),
            ActivityTo = null,
            Transactions = [Transaction(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero)), Transaction(new DateTimeOffset(2027, 1, 1, 12, 0, 0, TimeSpan.Zero))],
        });

        var reason = Assert.Single(ReportAcceptance.Check(message, Rules));

        Assert.Equal("report.transactions[0].occurredAt", reason.Path);
    }

    [Fact]
    public void Check_WhenNoActivityWindowIsGiven_AcceptsAnyTransactionDate()
    {
        var message = With(r => r with
        {
            ActivityFrom = null,
            ActivityTo = null,
            Transactions = [Transaction(new DateTimeOffset(2001, 1, 1, 12, 0, 0, TimeSpan.Zero))],
        });

        Assert.Empty(ReportAcceptance.Check(message, Rules));
    }

    [Fact]
    public void Check_WhenTransactionTimeHasAnOffset_UsesTheDateInThatOffset()
    {
        // 00:30 on 1 October in UTC+2 is still 30 September in UTC; the bank's calendar decides.
        var message = With(r => r with
        {
            ActivityFrom = new DateOnly(2026, 10, 1),
            ActivityTo = new DateOnly(2026, 10, 31),
            Transactions = [Transaction(new DateTimeOffset(2026, 10, 1, 0, 30, 0, TimeSpan.FromHours(2)))],
        });

        Assert.Empty(ReportAcceptance.Check(message, Rules));
    }

    [Fact]
    public void Check_WhenActivityWindowEndsBeforeItStarts_ReportsTheWindowOnly()
    {
        var message = With(r => r with { ActivityFrom = new DateOnly(2026, 10, 31), ActivityTo = new DateOnly(2026, 10, 1) });

        var reason = Assert.Single(ReportAcceptance.Check(message, Rules));

        Assert.Equal(("report.activityTo", AcceptanceCodes.ActivityWindowInverted), (reason.Path, reason.Code));
    }

    [Theory]
    [InlineData(49, true)]
    [InlineData(50, false)]
    public void Check_WhenNarrativeIsShort_RejectsTheNarrative(int length, bool rejected)
    {
        // Surrounding white space does not count towards the length.
        var message = With(r => r with { Narrative = "   " + new string('x', length) + "\n\n  " });

        var reasons = ReportAcceptance.Check(message, Rules);

        Assert.Equal(rejected, reasons.Any(e => e is { Path: "report.narrative", Code: AcceptanceCodes.NarrativeTooShort }));
        Assert.Equal(rejected ? 1 : 0, reasons.Count);
    }

    [Fact]
    public void Check_WhenSeveralRulesAreBroken_ReportsEveryOne()
    {
        var message = With(r => r with
        {
            ReportTypeCode = "XYZ",
            IndicatorCodes = ["ML-STRUCT", "NOPE"],
            ReportingEntity = r.ReportingEntity with { OrganisationId = "bank-beta" },
            Narrative = "Too short.",
        });

        var reasons = ReportAcceptance.Check(message, Rules);

        Assert.Equal(
            [
                ("report.reportTypeCode", AcceptanceCodes.UnknownReportTypeCode),
                ("report.indicatorCodes[1]", AcceptanceCodes.UnknownIndicatorCode),
                ("report.reportingEntity.organisationId", AcceptanceCodes.ReportingEntityMismatch),
                ("report.narrative", AcceptanceCodes.NarrativeTooShort),
            ],
            reasons.Select(r => (r.Path, r.Code)));
        Assert.All(reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.Message)));
    }

    [Fact]
    public void Check_WhenFieldsTheContractRequiresAreNull_RejectsInsteadOfThrowing()
    {
        // What a hand-written message could carry: JSON null where the contract says required.
        var message = With(r => r with { ReportTypeCode = null!, ReportingEntity = null!, Narrative = null!, IndicatorCodes = null!, Transactions = [null!] });

        var reasons = ReportAcceptance.Check(message, Rules);

        Assert.Equal(
            ["report.reportTypeCode", "report.indicatorCodes", "report.reportingEntity.organisationId", "report.narrative"],
            reasons.Select(r => r.Path));
    }

    [Fact]
    public void Check_WhenMessageCarriesNoReport_RequiresTheReport()
    {
        var message = Reports.Filed() with { Report = null! };

        var reason = Assert.Single(ReportAcceptance.Check(message, Rules));

        Assert.Equal(("report", AcceptanceCodes.Required), (reason.Path, reason.Code));
    }

    private static SuspiciousActivityReported With(Func<SuspiciousActivityReport, SuspiciousActivityReport> change)
    {
        var message = Reports.Filed();
        return message with { Report = change(message.Report) };
    }

    private static Transaction Transaction(DateTimeOffset occurredAt) => new()
    {
        OccurredAt = occurredAt,
        Amount = 9_500m,
        Currency = "GBP",
        Direction = TransactionDirection.Incoming,
        Channel = "Cash",
    };
}
