using Concord.Fiu.Domain;
using Xunit;

namespace Concord.Fiu.Tests.Domain;

public sealed class FiuOptionsTests
{
    [Fact]
    public void ToAcceptanceRules_WhenNothingIsConfigured_UsesDefaultReportTypesAndAnyIndicator()
    {
        var rules = new FiuOptions { OrganisationId = "fiu-gb" }.ToAcceptanceRules();

        Assert.Equal(AcceptanceRules.DefaultReportTypeCodes.Order(StringComparer.Ordinal), rules.ReportTypeCodes.Order(StringComparer.Ordinal));
        Assert.Null(rules.IndicatorCodes);
        Assert.Equal(50, rules.MinimumNarrativeLength);
    }

    [Fact]
    public void ToAcceptanceRules_WhenListsAreConfigured_UsesThemInsteadOfTheDefaults()
    {
        var rules = new FiuOptions { OrganisationId = "fiu-gb", ReportTypeCodes = ["UTR"], IndicatorCodes = ["TF"], MinimumNarrativeLength = 10 }.ToAcceptanceRules();

        Assert.Equal(["UTR"], rules.ReportTypeCodes);
        Assert.Equal(["TF"], rules.IndicatorCodes!);
        Assert.Equal(10, rules.MinimumNarrativeLength);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_WhenOrganisationIdIsMissing_FailsNamingTheKey(string? organisationId)
    {
        var result = new FiuOptionsValidator().Validate(null, new FiuOptions { OrganisationId = organisationId! });

        Assert.True(result.Failed);
        Assert.Contains("Concord:Fiu:OrganisationId", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WhenCodesAreEmptyOrLengthIsNegative_Fails()
    {
        var result = new FiuOptionsValidator().Validate(null, new FiuOptions
        {
            OrganisationId = "fiu-gb",
            ReportTypeCodes = ["STR", " "],
            IndicatorCodes = [""],
            MinimumNarrativeLength = -1,
        });

        Assert.Equal(3, result.Failures!.Count());
    }

    [Fact]
    public void Validate_WhenOrganisationIdIsSet_Succeeds()
    {
        Assert.True(new FiuOptionsValidator().Validate(null, new FiuOptions { OrganisationId = "fiu-gb" }).Succeeded);
    }
}
