using Concord.Contracts.Filing;
using Concord.Fiu.Matching;
using Concord.Testing;
using Xunit;

namespace Concord.Fiu.Tests.Matching;

/// <summary>The matcher's decisions, in memory: what links, what does not, and what it says about each link.</summary>
public sealed class BatchMatcherTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Match_WhenAnEarlierReportOfAnotherBankSharesAnIban_LinksToItAsAnotherBanks()
    {
        var earlierReport = Guid.NewGuid();
        var earlier = Earlier(("Iban", "GB82WEST12345698765432", new EarlierIdentifier(earlierReport, "A7", "GB82 WEST 1234 5698 7654 32", null, "bank-beta")));
        var report = New("bank-alpha", SampleReports.Structuring("bank-alpha", "R1"));

        var link = Assert.Single(Match([report], earlier));

        Assert.Equal((report.ReportId, earlierReport, IdentifierKind.Iban, "A1", "A7"), (link.ReportId, link.LinkedReportId, link.Kind, link.Holder, link.LinkedHolder));
        Assert.Equal(("GB82WEST12345698765432", "GB82 WEST 1234 5698 7654 32"), (link.Display, link.LinkedDisplay));
        Assert.Null(link.Score);
        Assert.False(link.SameBank);
        Assert.Equal(Now, link.LinkedAt);
    }

    [Fact]
    public void Match_WhenTheEarlierReportIsTheSameBanks_KeepsTheLinkMarkedAsSuch()
    {
        var earlier = Earlier(("Phone", "+447700900123", new EarlierIdentifier(Guid.NewGuid(), "S4", "07700 900123", null, "bank-alpha")));

        var link = Assert.Single(Match([New("bank-alpha", SampleReports.Structuring("bank-alpha", "R1"))], earlier));

        Assert.True(link.SameBank);
        Assert.Equal(IdentifierKind.Phone, link.Kind);
    }

    [Fact]
    public void Match_WithinABatch_LinksTheLaterReportToTheEarlierOnce_AndNeverAReportWithItself()
    {
        var first = New("bank-alpha", SampleReports.Structuring("bank-alpha", "R1"));
        var second = New("bank-beta", SampleReports.Structuring("bank-beta", "R2"));
        var alone = New("bank-beta", Person("Zed", "Zimmer", new DateOnly(1950, 1, 1)));

        var links = Match([first, second, alone], Earlier());

        Assert.All(links, l => Assert.Equal((second.ReportId, first.ReportId), (l.ReportId, l.LinkedReportId)));
        // Passport, phone, e-mail, registration, two IBANs, and both names (scored 1).
        Assert.Equal(
            [IdentifierKind.PersonName, IdentifierKind.EntityName, IdentifierKind.Iban, IdentifierKind.Iban, IdentifierKind.IdentityDocument, IdentifierKind.Registration, IdentifierKind.Phone, IdentifierKind.Email],
            links.Select(l => l.Kind).Order());
        Assert.All(links.Where(l => l.Score is not null), l => Assert.Equal(1.0, l.Score));
    }

    [Fact]
    public void Match_WhenANameWithTheSameDateOfBirthIsSpelledDifferently_LinksItWithItsScore()
    {
        var earlierReport = Guid.NewGuid();
        var earlier = Earlier(("NameBlock", "p:1984-03-12:daniel", new EarlierIdentifier(earlierReport, "S3", "Whitcomb, Dániel", "daniel whitcomb", "bank-beta")));

        var link = Assert.Single(Match([New("bank-alpha", Person("Daniel James", "Whitcombe", new DateOnly(1984, 3, 12)))], earlier));

        Assert.Equal((IdentifierKind.PersonName, "daniel james whitcombe", "Daniel James Whitcombe", "Whitcomb, Dániel"), (link.Kind, link.Value, link.Display, link.LinkedDisplay));
        Assert.InRange(link.Score!.Value, NameSimilarity.LinkThreshold, 0.999);
    }

    [Theory]
    [InlineData("daniel whitmore")]
    [InlineData("daniel")]
    public void Match_WhenTheNameIsANearMiss_DoesNotLink(string earlierName)
    {
        var earlier = Earlier(("NameBlock", "p:1984-03-12:daniel", new EarlierIdentifier(Guid.NewGuid(), "S3", earlierName, earlierName, "bank-beta")));

        Assert.Empty(Match([New("bank-alpha", Person("Daniel", "Whitcombe", new DateOnly(1984, 3, 12)))], earlier));
    }

    [Fact]
    public void Match_WhenANameBlockIsCommon_ItIsNotFollowed_ButAStrongIdentifierIsToItsMostRecent()
    {
        var many = Enumerable.Range(0, SubjectIndex.MaxMatchesPerKey + 1).Select(i => new EarlierIdentifier(Guid.NewGuid(), "S1", "x", "daniel whitcombe", "bank-beta")).ToList();
        var earlier = new Dictionary<(string, string), List<EarlierIdentifier>>
        {
            [("NameBlock", "p:1984-03-12:daniel")] = many,
            [("Iban", "GB82WEST12345698765432")] = [.. many.Select(m => m with { Holder = "A1" })],
        };
        var report = New("bank-alpha", Person("Daniel", "Whitcombe", new DateOnly(1984, 3, 12)) with
        {
            Accounts = [new Account { LocalId = "A1", Iban = "GB82WEST12345698765432", InstitutionName = "West", HolderSubjectIds = ["S1"] }],
        });

        var matcher = new BatchMatcher([report], [IdentifierExtractor.Extract(report.Report)], earlier, Now);
        var links = matcher.Match();

        Assert.Equal(SubjectIndex.MaxMatchesPerKey, links.Count);
        Assert.All(links, l => Assert.Equal(IdentifierKind.Iban, l.Kind));
        Assert.Equal(many.Take(SubjectIndex.MaxMatchesPerKey).Select(m => m.ReportId), links.Select(l => l.LinkedReportId));
        Assert.Equal(2, matcher.CommonKeys);
    }

    private static List<NewLink> Match(IReadOnlyList<ReportToIndex> reports, Dictionary<(string, string), List<EarlierIdentifier>> earlier) =>
        new BatchMatcher(reports, [.. reports.Select(r => IdentifierExtractor.Extract(r.Report))], earlier, Now).Match();

    private static Dictionary<(string, string), List<EarlierIdentifier>> Earlier(params (string Kind, string Value, EarlierIdentifier Identifier)[] rows) =>
        rows.GroupBy(r => (r.Kind, r.Value)).ToDictionary(g => g.Key, g => g.Select(r => r.Identifier).ToList());

    private static ReportToIndex New(string bank, SuspiciousActivityReport report) => new(Guid.NewGuid(), bank, report);

    private static SuspiciousActivityReport Person(string given, string family, DateOnly born) => SampleReports.Structuring("bank-alpha", "R") with
    {
        Subjects = [new Subject { LocalId = "S1", Kind = SubjectKind.Person, Person = new PersonDetails { GivenNames = given, FamilyName = family, DateOfBirth = born } }],
        Accounts = [],
        Transactions = [],
    };
}
