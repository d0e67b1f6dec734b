using Concord.Fiu.Matching;
using Xunit;

namespace Concord.Fiu.Tests.Matching;

/// <summary>Each identifier normaliser, table-driven: equal spellings meet, near misses and invalid values do not.</summary>
public sealed class IdentifierNormaliserTests
{
    [Theory]
    [InlineData("GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432")]
    [InlineData("gb82west12345698765432", "GB82WEST12345698765432")]
    [InlineData("DE89370400440532013000", "DE89370400440532013000")]
    [InlineData("FR14 2004 1010 0505 0001 3M02 606", "FR1420041010050500013M02606")]
    [InlineData("BE71 0961 2345 6769", "BE71096123456769")]
    public void Iban_WhenValid_IsCompactAndUpperCase(string iban, string expected) => Assert.Equal(expected, IbanNormaliser.Normalise(iban));

    [Theory]
    [InlineData("GB82WEST12345698765433")] // checksum: one digit off
    [InlineData("GB00ALPH40051512345678")] // checksum
    [InlineData("GB82WEST1234569876543")] // GB is 22 characters
    [InlineData("NL91ABNA041716430")] // NL is 18
    [InlineData("GB82-WEST-1234-5698-7654-32")] // not a separator IBANs use
    [InlineData("12WEST12345698765432")]
    [InlineData("")]
    [InlineData(null)]
    public void Iban_WhenInvalid_IsNull(string? iban) => Assert.Null(IbanNormaliser.Normalise(iban));

    [Theory]
    [InlineData("5493001KJTIIGC8Y1R12", "5493001KJTIIGC8Y1R12")]
    [InlineData("5493 001k jtii gc8y 1r12", "5493001KJTIIGC8Y1R12")]
    [InlineData("969500ABCDEFGH123442", "969500ABCDEFGH123442")]
    public void Lei_WhenCheckDigitsHold_IsNormalised(string lei, string expected) => Assert.Equal(expected, LeiNormaliser.Normalise(lei));

    [Theory]
    [InlineData("5493001KJTIIGC8Y1R13")]
    [InlineData("5493001KJTIIGC8Y1R1")]
    [InlineData("5493001KJTIIGC8Y1RAB")]
    public void Lei_WhenCheckDigitsFail_IsNull(string lei) => Assert.Null(LeiNormaliser.Normalise(lei));

    [Fact]
    public void Account_WithBicAndName_IsIndexedUnderBoth()
    {
        Assert.Equal(["bic:WESTGB2L|12345678", "name:bank west|12345678"], AccountNormaliser.Normalise("1234-5678", "WESTGB2LXXX", "West Bank plc"));
        Assert.Equal(["name:bank west|12345678"], AccountNormaliser.Normalise("12 34 56 78", null, "WEST BANK PLC"));
        Assert.Equal(["bic:WESTGB2L|12345678"], AccountNormaliser.Normalise("12345678", "westgb2l", null));
    }

    [Theory]
    [InlineData("12345678", "WESTGB2L", "12345679", "WESTGB2L")]
    [InlineData("12345678", "WESTGB2L", "12345678", "EASTGB2L")]
    public void Account_WhenNumberOrInstitutionDiffers_DoesNotMeet(string numberA, string bicA, string numberB, string bicB) =>
        Assert.Empty(AccountNormaliser.Normalise(numberA, bicA, null).Intersect(AccountNormaliser.Normalise(numberB, bicB, null)));

    [Theory]
    [InlineData(null, "WESTGB2L", "West Bank")]
    [InlineData(" - ", "WESTGB2L", "West Bank")]
    [InlineData("12345678", "NOTABIC", null)]
    [InlineData("12345678", "12345678", null)]
    [InlineData("12345678", "WEST GB2L", null)]
    public void Account_WithoutANumberOrAnInstitution_IsNotIndexed(string? number, string? bic, string? institution) =>
        Assert.Empty(AccountNormaliser.Normalise(number, bic, institution));

    [Theory]
    [InlineData("Passport", "gb", "533 401 289", "passport|GB|533401289")]
    [InlineData("PASSPORT", "GB", "533-401-289", "passport|GB|533401289")]
    [InlineData("Driving licence", "GB", "WHITC.803124.DJ9", "driverlicence|GB|WHITC803124DJ9")]
    [InlineData("DriversLicense", "GB", "WHITC803124DJ9", "driverlicence|GB|WHITC803124DJ9")]
    [InlineData("National ID card", "DE", "l01x00t47", "nationalid|DE|L01X00T47")]
    [InlineData("Passport", null, "533401289", "passport||533401289")]
    public void Document_IsTypeCountryAndNumberWithoutSeparators(string type, string? country, string number, string expected) =>
        Assert.Equal(expected, DocumentNormaliser.Document(type, country, number));

    [Fact]
    public void Document_WhenCountryOrTypeDiffers_DoesNotMeet()
    {
        Assert.NotEqual(DocumentNormaliser.Document("Passport", "GB", "533401289"), DocumentNormaliser.Document("Passport", "IE", "533401289"));
        Assert.NotEqual(DocumentNormaliser.Document("Passport", "GB", "533401289"), DocumentNormaliser.Document("NationalId", "GB", "533401289"));
        Assert.Null(DocumentNormaliser.Document("Passport", "GB", " / "));
        Assert.Null(DocumentNormaliser.Document(" ", "GB", "533401289"));
    }

    [Theory]
    [InlineData("GB", "14 820 391", "GB|14820391")]
    [InlineData("gb", "14820391", "GB|14820391")]
    [InlineData(null, "HRB 12345", "|HRB12345")]
    public void Registration_IsCountryAndNumber(string? country, string number, string expected) =>
        Assert.Equal(expected, DocumentNormaliser.Registration(country, number));

    [Theory]
    [InlineData("+447700900123", null, "+447700900123")]
    [InlineData("+44 (0)7700 900123", null, "+447700900123")]
    [InlineData("07700 900123", "GB", "+447700900123")]
    [InlineData("0044 7700 900123", "GB", "+447700900123")]
    [InlineData("020 7946 0000", "gb", "+442079460000")]
    [InlineData("+1 (202) 555-0143", null, "+12025550143")]
    [InlineData("030 901820", "DE", "+4930901820")]
    public void Phone_IsE164(string number, string? region, string expected) => Assert.Equal(expected, ContactNormaliser.Phone(number, region));

    [Theory]
    [InlineData("07700 900123", null)] // national, and no country to read it in
    [InlineData("12345", "GB")] // too short to be dialled from abroad
    [InlineData("+44 7700 900123 4567", null)]
    [InlineData("not a number", "GB")]
    [InlineData("", "GB")]
    public void Phone_WhenItIsNotANumber_IsNull(string number, string? region) => Assert.Null(ContactNormaliser.Phone(number, region));

    [Theory]
    [InlineData(" D.Whitcombe@Example.ORG ", "d.whitcombe@example.org")]
    [InlineData("a@b.co", "a@b.co")]
    public void Email_IsTrimmedAndLowerCased(string email, string expected) => Assert.Equal(expected, ContactNormaliser.Email(email));

    [Theory]
    [InlineData("no-at-sign.example.org")]
    [InlineData("two@at@example.org")]
    [InlineData("@example.org")]
    [InlineData("user@localhost")]
    [InlineData("user name@example.org")]
    [InlineData("user@.example.org")]
    public void Email_WhenNotAnAddress_IsNull(string email) => Assert.Null(ContactNormaliser.Email(email));

    [Theory]
    [InlineData("BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")]
    [InlineData("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")]
    [InlineData("0x52908400098527886E0F7030069857D2E4169EE7", "0x52908400098527886e0f7030069857d2e4169ee7")]
    [InlineData(" 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa ", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")]
    [InlineData("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")]
    public void Crypto_IsLowerCasedOnlyWhereCaseDoesNotMatter(string address, string expected) => Assert.Equal(expected, CryptoNormaliser.Normalise(address));

    [Theory]
    [InlineData("bc1qAR0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")] // mixed case is not bech32
    [InlineData("0x52908400098527886E0F7030069857D2E4169EE")] // 39 hex digits
    [InlineData("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN0")] // 0 is not base58
    [InlineData("wallet")]
    public void Crypto_WhenNoKnownForm_IsNull(string address) => Assert.Null(CryptoNormaliser.Normalise(address));

    [Fact]
    public void Crypto_Base58KeepsItsCase_SoCaseVariantsDoNotMeet() =>
        Assert.NotEqual(CryptoNormaliser.Normalise("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"), CryptoNormaliser.Normalise("1a1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"));

    [Theory]
    [InlineData("1984-03-12", "1984-03-12")]
    [InlineData(" 1984-03-12 ", "1984-03-12")]
    [InlineData("12/03/1984", null)]
    [InlineData("1984-02-30", null)]
    [InlineData("1899-12-31", null)]
    public void DateOfBirth_IsIsoOrNothing(string text, string? expected) => Assert.Equal(expected, DateOfBirthNormaliser.Normalise(text));
}
