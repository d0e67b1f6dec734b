using Concord.Contracts.Filing;
using Concord.Fiu.Matching;
using Concord.Testing;
using Xunit;

namespace Concord.Fiu.Tests.Matching;

public sealed class IdentifierExtractorTests
{
    [Fact]
    public void Extract_FromTheSampleReport_FindsEveryIdentifierWithItsHolder()
    {
        var found = IdentifierExtractor.Extract(SampleReports.Structuring("bank-alpha", "REF-1"));

        var visible = found.Where(i => i.Kind != IdentifierKind.NameBlock).Select(i => (i.Kind, i.Value, i.Holder)).ToList();
        Assert.Equal(
            [
                (IdentifierKind.PersonName, "daniel james whitcombe", "S1"),
                (IdentifierKind.IdentityDocument, "passport|GB|533401289", "S1"),
                (IdentifierKind.Phone, "+447700900123", "S1"),
                (IdentifierKind.Email, "d.whitcombe@example.org", "S1"),
                (IdentifierKind.EntityName, "northgate trading", "S2"),
                (IdentifierKind.Registration, "GB|14820391", "S2"),
                (IdentifierKind.Iban, "GB82WEST12345698765432", "A1"),
                (IdentifierKind.Iban, "GB33BUKB20201555555555", "A2"),
            ],
            visible);
        // The counterparty of TX-4 is subject S2 and account A2's IBAN: nothing of it is indexed twice.
        Assert.DoesNotContain(found, i => i.HolderKind == HolderKind.Counterparty);
        Assert.All(found.Where(i => i.Kind != IdentifierKind.NameBlock), i => Assert.Equal(i.IsStrong, i.Kind is not (IdentifierKind.PersonName or IdentifierKind.EntityName)));
    }

    [Fact]
    public void Extract_NameBlocks_AreTokenAndDateOfBirthForPersonsAndTokensForEntities()
    {
        var found = IdentifierExtractor.Extract(SampleReports.Structuring("bank-alpha", "REF-1"));

        var blocks = found.Where(i => i.Kind == IdentifierKind.NameBlock).Select(i => (i.Value, i.Holder, i.Name)).ToList();
        Assert.Equal(
            [
                ("p:1984-03-12:daniel", "S1", "daniel james whitcombe"),
                ("p:1984-03-12:james", "S1", "daniel james whitcombe"),
                ("p:1984-03-12:whitcombe", "S1", "daniel james whitcombe"),
                ("e=northgate trading", "S2", "northgate trading"),
                ("e:northgate", "S2", "northgate trading"),
                ("e:trading", "S2", "northgate trading"),
            ],
            blocks);
    }

    [Fact]
    public void Extract_WhenValuesDoNotNormalise_LeavesThemOut()
    {
        var report = SampleReports.Structuring("bank-alpha", "REF-1") with
        {
            Subjects = [new Subject
            {
                LocalId = "S1",
                Kind = SubjectKind.Person,
                Person = new PersonDetails { FamilyName = "Whitcombe" },
                Phones = [new Phone { Number = "call me" }, new Phone { Number = "07700 900123" }],
                Emails = ["not-an-address"],
                Identifiers = [new Identifier { Type = "Lei", Number = "5493001KJTIIGC8Y1R13" }, new Identifier { Type = "CryptoAddress", Number = "wallet" }],
            }],
            Accounts = [new Account { LocalId = "A1", Iban = "GB82WEST12345698765433", InstitutionName = "West Bank" }],
            Transactions = [],
        };

        var found = IdentifierExtractor.Extract(report);

        // The national phone number has no country to be read in (no address, nationality or document): left out too.
        Assert.Equal([(IdentifierKind.PersonName, "whitcombe")], found.Select(i => (i.Kind, i.Value)));
    }

    [Fact]
    public void Extract_CounterpartiesThatAreNotSubjects_AreIndexedOnceEach()
    {
        var company = new Counterparty { Name = "Baltic Freight SIA Ltd", Iban = "DE89 3704 0044 0532 0130 00", InstitutionName = "Commerz" };
        var person = new Counterparty { Name = "Irina Volkova", AccountNumber = "40817810099910004312", InstitutionName = "Sber Bank" };
        var report = SampleReports.Structuring("bank-alpha", "REF-1") with
        {
            Transactions = [Transfer(company), Transfer(person), Transfer(company)],
        };

        var counterparties = IdentifierExtractor.Extract(report).Where(i => i.HolderKind == HolderKind.Counterparty).Select(i => (i.Kind, i.Value, i.Holder)).ToList();

        Assert.Contains((IdentifierKind.Iban, "DE89370400440532013000", "transactions[0].counterparty"), counterparties);
        Assert.Contains((IdentifierKind.EntityName, "baltic freight sia", "transactions[0].counterparty"), counterparties);
        Assert.Contains((IdentifierKind.Account, "name:bank sber|40817810099910004312", "transactions[1].counterparty"), counterparties);
        Assert.Contains((IdentifierKind.PersonName, "irina volkova", "transactions[1].counterparty"), counterparties);
        Assert.DoesNotContain(counterparties, c => c.Holder == "transactions[2].counterparty" && c.Kind == IdentifierKind.Iban);
        // A counterparty person has no date of birth: no blocking key, so the name is looked up but never scored.
        Assert.DoesNotContain(counterparties, c => c.Kind == IdentifierKind.NameBlock && c.Holder == "transactions[1].counterparty");
    }

    [Fact]
    public void Extract_WhenAValueIsTooLongToIdentifyAnyone_LeavesItOut()
    {
        var report = SampleReports.Structuring("bank-alpha", "REF-1") with
        {
            Subjects = [new Subject { LocalId = "S1", Kind = SubjectKind.LegalEntity, LegalEntity = new LegalEntityDetails { Name = string.Join(' ', Enumerable.Repeat("Northgate", 100)) } }],
            Accounts = [],
            Transactions = [],
        };

        var found = IdentifierExtractor.Extract(report);

        Assert.DoesNotContain(found, i => i.Kind == IdentifierKind.EntityName || i.Value.StartsWith("e=", StringComparison.Ordinal));
        Assert.Contains(found, i => i.Value == "e:northgate");
        Assert.All(found, i => Assert.True(i.Value.Length <= IdentifierExtractor.MaxValueLength));
    }

    [Fact]
    public void Extract_IsTheSameForTheSameReport() =>
        Assert.Equal(IdentifierExtractor.Extract(SampleReports.Structuring("bank-alpha", "REF-1")), IdentifierExtractor.Extract(SampleReports.Structuring("bank-alpha", "REF-1")));

    private static Transaction Transfer(Counterparty counterparty) => new()
    {
        OccurredAt = new DateTimeOffset(2026, 10, 1, 12, 0, 0, TimeSpan.Zero),
        Amount = 1000m,
        Currency = "GBP",
        Direction = TransactionDirection.Outgoing,
        Channel = "Wire",
        AccountId = "A1",
        Counterparty = counterparty,
    };
}
