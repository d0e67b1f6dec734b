using Concord.Fiu.Matching;
using Xunit;

namespace Concord.Fiu.Tests.Matching;

public sealed class NameNormaliserTests
{
    [Theory]
    [InlineData("Ivan PETROV", "Petrov, Ivan")]
    [InlineData("Iván Petróv", "IVAN PETROV")]
    [InlineData("  Ivan\t  Petrov ", "Petrov Ivan")]
    [InlineData("Łukasz Żółć", "lukasz zolc")]
    [InlineData("Jürgen Straße", "Jurgen Strasse")]
    [InlineData("Søren Ærø", "soren aero")]
    [InlineData("Đorđe Nguyễn", "Dorde Nguyen")]
    [InlineData("Sean O'Brien", "Sean OBrien")]
    [InlineData("Mr Daniel Whitcombe", "Whitcombe, Daniel")]
    [InlineData("Jean-Pierre Dupont", "Dupont Jean Pierre")]
    [InlineData("Iva\u0301n Petrov", "Ivan Petrov")]
    public void Person_WhenNamesDifferOnlyInCaseAccentsSpacingPunctuationOrOrder_GivesOneKey(string a, string b) =>
        Assert.Equal(NameNormaliser.Person(a)!.Key, NameNormaliser.Person(b)!.Key);

    [Theory]
    [InlineData("Ivan Petrov", "Ivan Petrova")]
    [InlineData("Ivan Petrov", "Igor Petrov")]
    [InlineData("Ivan Petrov", "Ivan Petrov Jr")]
    [InlineData("Jurgen Strasse", "Jurgen Strase")]
    public void Person_WhenNamesAreNearMisses_GivesDifferentKeys(string a, string b) =>
        Assert.NotEqual(NameNormaliser.Person(a)!.Key, NameNormaliser.Person(b)!.Key);

    [Fact]
    public void Person_FromGivenAndFamilyNames_IsTheSameAsWrittenTogether()
    {
        Assert.Equal("daniel james whitcombe", NameNormaliser.Person("Daniel James", "WHITCOMBE")!.Key);
        Assert.Equal(["daniel", "james", "whitcombe"], NameNormaliser.Person("Daniel James", "WHITCOMBE")!.Tokens);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ,. - ")]
    [InlineData("Mr")]
    public void Person_WhenNothingOfTheNameIsLeft_IsNull(string? name) => Assert.Null(NameNormaliser.Person(name));

    [Theory]
    [InlineData("Northgate Trading Ltd", "northgate trading")]
    [InlineData("NORTHGATE TRADING LIMITED", "northgate trading")]
    [InlineData("Trading Northgate", "northgate trading")]
    [InlineData("Müller Logistik GmbH", "logistik muller")]
    [InlineData("Acme S.A.", "acme")]
    [InlineData("Acme, LLC", "acme")]
    [InlineData("The Acme Company PLC", "acme")]
    [InlineData("Smith & Sons Ltd", "and smith sons")]
    [InlineData("Limited Editions Ltd", "editions limited")]
    [InlineData("Limited", "limited")]
    public void Entity_DropsLegalFormsAndOrder(string name, string key) => Assert.Equal(key, NameNormaliser.Entity(name)!.Key);

    [Theory]
    [InlineData("Northgate Trading Ltd", "Northgate Trade Ltd")]
    [InlineData("Northgate Trading Ltd", "Northgate Holdings Ltd")]
    public void Entity_WhenNamesAreNearMisses_GivesDifferentKeys(string a, string b) =>
        Assert.NotEqual(NameNormaliser.Entity(a)!.Key, NameNormaliser.Entity(b)!.Key);

    [Theory]
    [InlineData("Northgate Trading Ltd", true)]
    [InlineData("Acme GmbH", true)]
    [InlineData("Daniel Whitcombe", false)]
    [InlineData("Ltd", false)]
    public void HasLegalForm_TellsCompaniesFromPeople(string name, bool expected) => Assert.Equal(expected, NameNormaliser.HasLegalForm(name));

    [Theory]
    [InlineData("Ĳsselmeer Œuvre", "ijsselmeer oeuvre")]
    [InlineData("ÀÉÎÕÜ", "aeiou")]
    [InlineData("Ирина", "ирина")]
    public void Fold_RemovesLatinDiacriticsAndLowerCasesOtherScripts(string text, string folded) => Assert.Equal(folded, TextFolding.Fold(text));
}
