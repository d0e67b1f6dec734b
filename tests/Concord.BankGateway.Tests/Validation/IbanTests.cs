using Concord.BankGateway.Validation;
using Xunit;

namespace Concord.BankGateway.Tests.Validation;

public sealed class IbanTests
{
    [Theory]
    [InlineData("GB82WEST12345698765432")]
    [InlineData("GB82 WEST 1234 5698 7654 32")]
    [InlineData("DE89370400440532013000")]
    [InlineData("FR1420041010050500013M02606")]
    [InlineData("NL91ABNA0417164300")]
    public void IsValid_WhenChecksumHolds_ReturnsTrue(string iban) => Assert.True(Iban.IsValid(iban));

    [Theory]
    [InlineData("GB82WEST12345698765433")]
    [InlineData("GB82WEST1234")]
    [InlineData("ZZ82WEST12345698765432")]
    [InlineData("GB82WEST1234569876543!")]
    [InlineData("")]
    public void IsValid_WhenStructureOrChecksumWrong_ReturnsFalse(string iban) => Assert.False(Iban.IsValid(iban));
}
