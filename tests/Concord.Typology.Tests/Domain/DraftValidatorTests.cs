using Concord.Contracts.Sharing;
using Concord.Contracts.Typologies;
using Concord.Typology.Domain;
using Concord.Typology.Rules;
using Xunit;

namespace Concord.Typology.Tests.Domain;

public sealed class DraftValidatorTests
{
    private static readonly DraftValidator Validator = new(RuleCheckers.Service());

    [Fact]
    public void Validate_WhenComplete_ReturnsTheContentTrimmed()
    {
        var body = Drafts.Structuring() with { Title = "  Structured deposits  " };

        var (content, errors) = Validator.Validate(body);

        Assert.Empty(errors);
        Assert.Equal("Structured deposits", content!.Title);
        Assert.Equal(["STRUCT-1", "STRUCT-2"], content.Indicators.Select(i => i.Code));
        Assert.Null(content.Indicators[1].Rule);
        Assert.Equal(AudienceKind.AllReportingEntities, content.Audience!.Kind);
    }

    [Fact]
    public void Validate_WhenEverythingMissing_ReportsEveryFieldAtOnce()
    {
        var (content, errors) = Validator.Validate(new TypologyBody());

        Assert.Null(content);
        Assert.Equal(["code", "crimeArea", "indicators", "narrative", "summary", "title"], errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal(TypologyErrorCodes.Required, e.Code));
    }

    [Theory]
    [InlineData("T-26-014")]
    [InlineData("t-2026-014")]
    [InlineData("T-2026-14")]
    [InlineData("T-2026-01456")]
    [InlineData("TYP-2026-014")]
    public void Validate_WhenCodeMalformed_RefusesTheCode(string code)
    {
        var (_, errors) = Validator.Validate(Drafts.Structuring(code));

        var error = Assert.Single(errors);
        Assert.Equal(("code", TypologyErrorCodes.InvalidFormat), (error.Path, error.Code));
    }

    [Fact]
    public void Validate_WhenEditChangesTheCode_RefusesIt()
    {
        var (_, errors) = Validator.Validate(Drafts.Structuring("T-2026-999"), routeCode: "T-2026-998");

        Assert.Equal(("code", TypologyErrorCodes.InvalidValue), (errors.Single().Path, errors.Single().Code));
    }

    [Fact]
    public void Validate_WhenCrimeAreaUnknown_NamesTheKnownOnes()
    {
        var (_, errors) = Validator.Validate(Drafts.Structuring() with { CrimeArea = "Drugs" });

        var error = Assert.Single(errors);
        Assert.Equal(("crimeArea", TypologyErrorCodes.UnknownCrimeArea), (error.Path, error.Code));
        Assert.Contains("PrecursorDiversion", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WhenIndicatorCodesRepeatOrAreMalformed_ReportsEachAtItsIndex()
    {
        var body = Drafts.Structuring() with
        {
            Indicators =
            [
                new IndicatorBody { Code = "MULE-1", Description = "New account receives many transfers", Kind = IndicatorKind.Transactional },
                new IndicatorBody { Code = "MULE-1", Description = "Funds leave within a day", Kind = IndicatorKind.Transactional },
                new IndicatorBody { Code = "mule 3", Description = "Young account holder", Kind = IndicatorKind.Entity },
                new IndicatorBody { Code = "MULE-4", Description = " " },
                null,
            ],
        };

        var (_, errors) = Validator.Validate(body);

        Assert.Equal(
            [("indicators[1].code", TypologyErrorCodes.Duplicate), ("indicators[2].code", TypologyErrorCodes.InvalidFormat),
             ("indicators[3].description", TypologyErrorCodes.Required), ("indicators[3].kind", TypologyErrorCodes.Required), ("indicators[4]", TypologyErrorCodes.Required)],
            errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void Validate_WhenARuleDoesNotParse_ReportsItAtTheIndicatorWithLineAndColumn()
    {
        var body = Drafts.Structuring() with
        {
            Indicators =
            [
                new IndicatorBody { Code = "GEO-1", Description = "Counterparty in a producer country", Kind = IndicatorKind.Geographic, Rule = Drafts.Rules.Geography },
                new IndicatorBody { Code = "GEO-2", Description = "Broken rule", Kind = IndicatorKind.Geographic, Rule = RuleCheckers.BrokenRule },
            ],
        };

        var (content, errors) = Validator.Validate(body);

        Assert.Null(content);
        var error = Assert.Single(errors);
        Assert.Equal(("indicators[1].rule", TypologyErrorCodes.InvalidRule), (error.Path, error.Code));
        Assert.StartsWith(RuleCheckers.BrokenRulePosition, error.Message, StringComparison.Ordinal);
        Assert.EndsWith("(unknown-field).", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("any(transactions where counterparty.country in [\"MX\", \"CO\"]", "Line 1, column 60:", "syntax")]
    [InlineData("channel = 5", "Line 1, column 1:", "unknown-field")]
    [InlineData("count(transactions where direction = \"Sideways\") > 1", "Line 1, column 38:", "unknown-value")]
    public void Validate_WhenARuleIsWrong_SaysWhereAndWhatTheParserFound(string rule, string position, string code)
    {
        var body = Drafts.Structuring() with { Indicators = [new IndicatorBody { Code = "X-1", Description = "Wrong", Kind = IndicatorKind.Transactional, Rule = rule }] };

        var (_, errors) = Validator.Validate(body);

        Assert.All(errors, e => Assert.Equal(("indicators[0].rule", TypologyErrorCodes.InvalidRule), (e.Path, e.Code)));
        Assert.StartsWith(position, errors[0].Message, StringComparison.Ordinal);
        Assert.EndsWith($"({code}).", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WhenRulesUseTheLanguage_AcceptsThem()
    {
        var body = Drafts.Structuring() with
        {
            Indicators =
            [
                new IndicatorBody { Code = "A-1", Description = "Structuring", Kind = IndicatorKind.Transactional, Rule = Drafts.Rules.Structuring },
                new IndicatorBody { Code = "A-2", Description = "Geography", Kind = IndicatorKind.Geographic, Rule = Drafts.Rules.Geography },
                new IndicatorBody { Code = "A-3", Description = "Cites a mule indicator", Kind = IndicatorKind.Behavioural, Rule = "indicatorCodes contains \"MULE-01\"" },
            ],
        };

        Assert.Empty(Validator.Validate(body).Errors);
    }

    [Fact]
    public void Validate_WhenARuleIsTooLong_RefusesItWithoutParsing()
    {
        var body = Drafts.Structuring() with
        {
            Indicators = [new IndicatorBody { Code = "X-1", Description = "Long", Kind = IndicatorKind.Entity, Rule = new string('(', TypologyLimits.RuleLength + 1) }],
        };

        var (_, errors) = Validator.Validate(body);

        Assert.Equal(("indicators[0].rule", TypologyErrorCodes.TooLong), (errors.Single().Path, errors.Single().Code));
    }

    [Theory]
    [InlineData(Tlp.AmberStrict)]
    [InlineData(Tlp.Red)]
    public void Validate_WhenStrictMarkingGoesToAnAudienceByKind_RefusesTheMarking(Tlp marking)
    {
        var (_, errors) = Validator.Validate(Drafts.Structuring(marking: marking, audience: Drafts.TaskForce("AGR-GB-JMLIT-2026")));

        Assert.Equal(("marking", TypologyErrorCodes.MarkingNeedsNamedAudience), (errors.Single().Path, errors.Single().Code));
    }

    [Fact]
    public void Validate_WhenStrictMarkingGoesToNamedOrganisations_AcceptsIt()
    {
        var (content, errors) = Validator.Validate(Drafts.Structuring(marking: Tlp.Red, audience: Drafts.Named("bank-alpha")));

        Assert.Empty(errors);
        Assert.Equal(["bank-alpha"], content!.Audience!.Organisations!);
    }

    [Fact]
    public void Validate_WhenAudienceMembersDoNotFitItsKind_ReportsEach()
    {
        var audience = new AudienceBody { Kind = AudienceKind.Sector, Sector = OrganisationKind.LawEnforcement, Organisations = ["bank-alpha"] };

        var (_, errors) = Validator.Validate(Drafts.Structuring(audience: audience));

        Assert.Equal([("audience.organisations", TypologyErrorCodes.NotForThisAudience), ("audience.sector", TypologyErrorCodes.InvalidValue)], errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void Validate_WhenNamedOrganisationsEmptyOrRepeated_ReportsEach()
    {
        Assert.Equal(("audience.organisations", TypologyErrorCodes.Required), Single(Drafts.Named()));
        Assert.Equal(("audience.organisations[1]", TypologyErrorCodes.Duplicate), Single(Drafts.Named("bank-alpha", "bank-alpha")));
        Assert.Equal(("audience.organisations[0]", TypologyErrorCodes.Required), Single(Drafts.Named(" ")));
        Assert.Equal(("audience.kind", TypologyErrorCodes.Required), Single(new AudienceBody()));
    }

    [Fact]
    public void PublicationErrors_WhenMarkingAndAudienceMissing_RequiresBoth()
    {
        var (content, _) = Validator.Validate(Drafts.Structuring(marking: null) with { Audience = null });

        var errors = DraftValidator.PublicationErrors(content!);

        Assert.Equal([("marking", TypologyErrorCodes.Required), ("audience", TypologyErrorCodes.Required)], errors.Select(e => (e.Path, e.Code)));
    }

    private static (string Path, string Code) Single(AudienceBody audience)
    {
        var (_, errors) = Validator.Validate(Drafts.Structuring(audience: audience));
        var error = Assert.Single(errors);
        return (error.Path, error.Code);
    }
}
