using Concord.Contracts.Filing;
using Concord.Fiu.Matching;
using Xunit;

namespace Concord.Fiu.Tests.Matching;

public sealed class SubjectLookupTests
{
    [Theory]
    [InlineData("Iban", "gb82 west 1234 5698 7654 32", null, null, null, IdentifierKind.Iban, "GB82WEST12345698765432")]
    [InlineData("iban", "GB82WEST12345698765432", null, null, null, IdentifierKind.Iban, "GB82WEST12345698765432")]
    [InlineData("PersonName", "WHITCOMBE, Daniel James", null, null, null, IdentifierKind.PersonName, "daniel james whitcombe")]
    [InlineData("EntityName", "Northgate Trading Limited", null, null, null, IdentifierKind.EntityName, "northgate trading")]
    [InlineData("Account", "1234-5678", null, "WESTGB2L", null, IdentifierKind.Account, "bic:WESTGB2L|12345678")]
    [InlineData("Account", "1234-5678", null, "West Bank plc", null, IdentifierKind.Account, "name:bank west|12345678")]
    [InlineData("IdentityDocument", "533 401 289", "GB", null, "Passport", IdentifierKind.IdentityDocument, "passport|GB|533401289")]
    [InlineData("Registration", "14820391", "GB", null, null, IdentifierKind.Registration, "GB|14820391")]
    [InlineData("Phone", "07700 900123", "GB", null, null, IdentifierKind.Phone, "+447700900123")]
    [InlineData("Email", "D.Whitcombe@Example.org", null, null, null, IdentifierKind.Email, "d.whitcombe@example.org")]
    [InlineData("Lei", "5493001KJTIIGC8Y1R12", null, null, null, IdentifierKind.Lei, "5493001KJTIIGC8Y1R12")]
    [InlineData("CryptoAddress", "0x52908400098527886E0F7030069857D2E4169EE7", null, null, null, IdentifierKind.CryptoAddress, "0x52908400098527886e0f7030069857d2e4169ee7")]
    public void Normalise_AsTheIndexDoes(string kind, string value, string? country, string? institution, string? type, IdentifierKind expectedKind, string expectedValue)
    {
        var errors = new List<FieldError>();

        var lookup = SubjectLookup.Normalise(kind, value, country, institution, type, errors);

        Assert.Empty(errors);
        Assert.Equal((expectedKind, expectedValue), lookup);
    }

    [Theory]
    [InlineData(null, "x", null, null, null, "kind", "Required")]
    [InlineData("Shoe", "x", null, null, null, "kind", "UnknownKind")]
    [InlineData("NameBlock", "p:1984-03-12:daniel", null, null, null, "kind", "UnknownKind")]
    [InlineData("3", "x", null, null, null, "kind", "UnknownKind")]
    [InlineData("Iban", " ", null, null, null, "value", "Required")]
    [InlineData("Iban", "GB82WEST12345698765433", null, null, null, "value", "InvalidIban")]
    [InlineData("Account", "12345678", null, null, null, "institution", "Required")]
    [InlineData("IdentityDocument", "533401289", "GB", null, null, "type", "Required")]
    [InlineData("Phone", "07700 900123", null, null, null, "value", "InvalidPhone")]
    [InlineData("Phone", "07700 900123", "GBR", null, null, "country", "InvalidCountry")]
    [InlineData("Lei", "5493001KJTIIGC8Y1R13", null, null, null, "value", "InvalidLei")]
    [InlineData("Email", "nobody", null, null, null, "value", "InvalidEmail")]
    [InlineData("PersonName", "Mr", null, null, null, "value", "InvalidName")]
    public void Normalise_WhenTheLookUpIsInvalid_NamesTheField(string? kind, string? value, string? country, string? institution, string? type, string path, string code)
    {
        var errors = new List<FieldError>();

        var lookup = SubjectLookup.Normalise(kind, value, country, institution, type, errors);

        Assert.Null(lookup);
        var error = Assert.Single(errors);
        Assert.Equal((path, code), (error.Path, error.Code));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
