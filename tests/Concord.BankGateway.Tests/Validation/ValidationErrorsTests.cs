using Concord.BankGateway.Domain;
using Concord.BankGateway.Validation;
using Xunit;

namespace Concord.BankGateway.Tests.Validation;

public sealed class ValidationErrorsTests
{
    [Theory]
    [InlineData("Subjects[0].Person.FamilyName", "subjects[0].person.familyName")]
    [InlineData("Narrative", "narrative")]
    [InlineData("accounts[1].holderSubjectIds[0]", "accounts[1].holderSubjectIds[0]")]
    public void ToJsonPath_WhenGivenPropertyChain_ReturnsCamelCasePath(string property, string expected) =>
        Assert.Equal(expected, ValidationErrors.ToJsonPath(property));

    [Theory]
    [InlineData("reports[3]", "narrative", "reports[3].narrative")]
    [InlineData("reports[3]", "", "reports[3]")]
    [InlineData("", "narrative", "narrative")]
    public void Join_WhenPrefixed_ReturnsFullPath(string prefix, string path, string expected) =>
        Assert.Equal(expected, ValidationErrors.Join(prefix, path));

    [Fact]
    public void ConcordReference_New_IsRandomAndCarriesTheYear()
    {
        var now = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
        var references = Enumerable.Range(0, 1000).Select(_ => ConcordReference.New(now)).ToList();
        Assert.All(references, r => Assert.Matches("^CR-2026-[0-9A-HJKMNP-TV-Z]{10}$", r));
        Assert.Equal(references.Count, references.Distinct().Count());
    }
}
