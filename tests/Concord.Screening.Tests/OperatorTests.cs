using Concord.Contracts.Filing;
using Xunit;
using static Concord.Screening.Tests.Reports;

namespace Concord.Screening.Tests;

public sealed class OperatorTests
{
    private static readonly SuspiciousActivityReport Sample = Report(
        transactions: [Cash(9500, 0), Wire(25_000, 1, country: "MX", name: "Importadora del Norte SA", iban: "MX00ABC")],
        subjects: [Person("S1", new DateOnly(2001, 3, 21), ["GB", "CO"], ["GB"]), Company("S2", new DateOnly(2026, 1, 10), "PA")],
        accounts: [Account("A1", new DateOnly(2026, 2, 1))],
        indicators: ["MULE-01", "STRUCT-CASH"],
        typologies: ["T-2026-014"]);

    [Theory]
    [InlineData("reportTypeCode = \"SAR\"", true)]
    [InlineData("reportTypeCode = \"sar\"", true)]
    [InlineData("reportTypeCode == \"SAR\"", true)]
    [InlineData("reportTypeCode != \"SAR\"", false)]
    [InlineData("reportTypeCode <> \"STR\"", true)]
    [InlineData("localCurrency = 'GBP'", true)]
    [InlineData("reportingEntity.organisationId = \"bank-alpha\"", true)]
    [InlineData("fiuRequestReference = \"X\"", false)]
    [InlineData("fiuRequestReference != \"X\"", false)]
    [InlineData("not (fiuRequestReference = \"X\")", true)]
    public void Equality_OnStrings_IsCaseInsensitiveAndFalseOnMissingValues(string rule, bool expected) =>
        Assert.Equal(expected, RuleAssert.Matches(rule, Sample));

    [Theory]
    [InlineData("any(transactions where amount = 9500)", true)]
    [InlineData("any(transactions where amount != 9500)", true)]
    [InlineData("any(transactions where amount < 9500)", false)]
    [InlineData("any(transactions where amount <= 9500)", true)]
    [InlineData("any(transactions where amount > 25000)", false)]
    [InlineData("any(transactions where amount >= 25000)", true)]
    [InlineData("any(transactions where amount >= 25_000.00)", true)]
    [InlineData("any(transactions where 10000 > amount)", true)]
    [InlineData("any(transactions where amount > -1)", true)]
    public void Comparisons_OnNumbers_FollowEachOperator(string rule, bool expected) =>
        Assert.Equal(expected, RuleAssert.Matches(rule, Sample));

    [Theory]
    [InlineData("detectedOn = \"2026-03-20\"", true)]
    [InlineData("detectedOn > \"2026-03-20\"", false)]
    [InlineData("detectedOn >= \"2026-03-20\"", true)]
    [InlineData("detectedOn < \"2026-04-01\"", true)]
    [InlineData("activityFrom <= detectedOn", true)]
    [InlineData("activityTo <= detectedOn", false)]
    [InlineData("any(transactions where occurredAt >= \"2026-03-03\")", true)]
    [InlineData("any(transactions where occurredAt < \"2026-03-02T09:00:00Z\")", false)]
    [InlineData("any(transactions where occurredAt <= \"2026-03-02T09:00:00Z\")", true)]
    [InlineData("any(transactions where occurredAt < report.detectedOn)", true)]
    public void Comparisons_OnDatesAndTimestamps_CompareInstants(string rule, bool expected) =>
        Assert.Equal(expected, RuleAssert.Matches(rule, Sample));

    [Theory]
    [InlineData("any(transactions where counterparty.country in [\"MX\", \"CO\", \"PE\"])", true)]
    [InlineData("any(transactions where counterparty.country in [\"mx\"])", true)]
    [InlineData("any(transactions where counterparty.country in [\"PE\"])", false)]
    [InlineData("all(transactions where counterparty.country not in [\"PE\"])", false)]
    [InlineData("any(transactions where counterparty.country not in [\"PE\"])", true)]
    [InlineData("any(transactions where amount in [9500, 1])", true)]
    [InlineData("detectedOn in [\"2026-03-20\", \"2026-03-21\"]", true)]
    [InlineData("reportTypeCode not in [\"SAR\", \"STR\"]", false)]
    public void In_TestsMembership(string rule, bool expected) =>
        Assert.Equal(expected, RuleAssert.Matches(rule, Sample));

    [Theory]
    [InlineData("indicatorCodes contains \"MULE-01\"", true)]
    [InlineData("indicatorCodes contains \"mule-01\"", true)]
    [InlineData("indicatorCodes contains \"MULE\"", false)]
    [InlineData("indicatorCodes starts with \"MULE\"", true)]
    [InlineData("indicatorCodes ends with \"-CASH\"", true)]
    [InlineData("typologyCodes contains \"T-2026-014\"", true)]
    [InlineData("indicatorCodes contains any [\"X\", \"STRUCT-CASH\"]", true)]
    [InlineData("indicatorCodes contains all [\"MULE-01\", \"STRUCT-CASH\"]", true)]
    [InlineData("indicatorCodes contains all [\"MULE-01\", \"X\"]", false)]
    [InlineData("count(indicatorCodes) = 2", true)]
    [InlineData("count(typologyCodes) > 1", false)]
    public void Contains_OnLists_TestsElements(string rule, bool expected) =>
        Assert.Equal(expected, RuleAssert.Matches(rule, Sample));

    [Theory]
    [InlineData("narrative contains \"SOURCE OF FUNDS\"", true)]
    [InlineData("narrative contains \"crypto\"", false)]
    [InlineData("narrative starts with \"customer\"", true)]
    [InlineData("narrative ends with \"funds.\"", true)]
    [InlineData("narrative contains any [\"crypto\", \"branches\"]", true)]
    [InlineData("narrative contains all [\"crypto\", \"branches\"]", false)]
    [InlineData("any(transactions where counterparty.name starts with \"importadora\")", true)]
    [InlineData("any(transactions where description contains \"invoice\")", true)]
    [InlineData("narrative contains \".*\"", false)]
    [InlineData("narrative contains \"\"", true)]
    [InlineData("narrative contains any [\"\", \"crypto\"]", true)]
    [InlineData("narrative contains all [\"\", \"crypto\"]", false)]
    [InlineData("narrative contains all [\"\", \"BRANCHES\"]", true)]
    [InlineData("narrative contains reportTypeCode", false)]
    [InlineData("narrative starts with narrative", true)]
    public void TextOperators_OnStrings_AreCaseInsensitiveAndLiteral(string rule, bool expected) =>
        Assert.Equal(expected, RuleAssert.Matches(rule, Sample));

    [Theory]
    [InlineData("reportTypeCode = \"SAR\" and localCurrency = \"GBP\"", true)]
    [InlineData("reportTypeCode = \"SAR\" and localCurrency = \"EUR\"", false)]
    [InlineData("reportTypeCode = \"STR\" or localCurrency = \"GBP\"", true)]
    [InlineData("reportTypeCode = \"STR\" or localCurrency = \"EUR\"", false)]
    [InlineData("not reportTypeCode = \"STR\"", true)]
    [InlineData("NOT (reportTypeCode = \"SAR\" AND localCurrency = \"GBP\")", false)]
    [InlineData("reportTypeCode = \"STR\" or reportTypeCode = \"SAR\" and localCurrency = \"EUR\"", false)]
    [InlineData("(reportTypeCode = \"STR\" or reportTypeCode = \"SAR\") and localCurrency = \"GBP\"", true)]
    [InlineData("true", true)]
    [InlineData("false or true and false", false)]
    public void Logic_FollowsPrecedence_NotThenAndThenOr(string rule, bool expected) =>
        Assert.Equal(expected, RuleAssert.Matches(rule, Sample));

    [Theory]
    [InlineData("any(transactions where direction = \"In\")", true)]
    [InlineData("any(transactions where direction = \"incoming\")", true)]
    [InlineData("count(transactions where direction = \"Out\") = 1", true)]
    [InlineData("any(subjects where kind = \"LegalEntity\" and legalEntity.registrationCountry = \"PA\")", true)]
    [InlineData("any(subjects where kind in [\"Entity\"] and legalEntity.ageInDays < 90)", true)]
    [InlineData("any(subjects where person.age < 25)", true)]
    [InlineData("any(subjects where person.age = 24)", true)]
    [InlineData("any(subjects where person.age = 25)", false)]
    [InlineData("any(subjects where person.nationalities contains \"CO\")", true)]
    [InlineData("any(subjects where addresses.country contains \"GB\")", true)]
    [InlineData("any(subjects where identifiers.type contains \"LEI\")", true)]
    [InlineData("any(accounts where heldAtReportingEntity and ageInDays <= 60)", true)]
    [InlineData("any(accounts where heldAtReportingEntity = false)", false)]
    [InlineData("any(accounts where not heldAtReportingEntity)", false)]
    [InlineData("any(accounts where holderSubjectIds contains \"S1\")", true)]
    [InlineData("any(transactions where currency != report.localCurrency)", false)]
    public void Fields_OfEachCollection_ReadTheReport(string rule, bool expected) =>
        Assert.Equal(expected, RuleAssert.Matches(rule, Sample));

    [Fact]
    public void Matches_WhenTheReportHasNullsWhereTheContractPromisesLists_IsFalseAndDoesNotThrow()
    {
        var broken = Sample with { Transactions = null!, IndicatorCodes = null!, Subjects = [null!] };
        Assert.False(RuleAssert.Matches("any(transactions)", broken));
        Assert.False(RuleAssert.Matches("indicatorCodes contains \"MULE-01\"", broken));
        Assert.False(RuleAssert.Matches("any(subjects where kind = \"Person\")", broken));
        Assert.False(RuleAssert.Valid("true").Matches(null!));
    }
}
