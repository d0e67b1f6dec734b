using System.Globalization;
using Concord.Contracts.Filing;

namespace Concord.Benchmarks.Matching;

/// <summary>
/// Reproducible synthetic reports: report <c>k</c> is always the same, so a new report can share an identifier with
/// an indexed one. Each has three persons (name from 400 given names and 8,400 family names, a date of birth over 65
/// years, a passport, a mobile, an e-mail), one company (two invented words and a common business word, a
/// registration number) and two accounts (an IBAN at one of 20 banks; an account number at a named bank).
/// </summary>
internal static class SyntheticReports
{
    public const int SubjectsPerReport = 4;

    private static readonly string[] Syllables = ["ka", "ro", "mi", "ta", "len", "sor", "vik", "dan", "bel", "mar", "tin", "zu", "qua", "pe", "los", "ran", "ne", "ho", "gar", "dis"];
    private static readonly string[] Business = ["Trading", "Holdings", "Logistics", "Services", "Group", "Imports", "Consulting", "Partners"];
    private static readonly string[] Banks = [.. Enumerable.Range(0, 20).Select(i => $"B{(char)('A' + i)}{(char)('A' + (i * 7 % 26))}K")];
    private static readonly DateOnly Earliest = new(1940, 1, 1);

    public static string Bank(int k) => k % 2 == 0 ? "bank-alpha" : "bank-beta";

    public static SuspiciousActivityReport Report(int k)
    {
        var random = new Random(k);
        return new SuspiciousActivityReport
        {
            BankReference = $"SYN-{k}",
            ReportTypeCode = "STR",
            ReportingEntity = new ReportingEntity { OrganisationId = Bank(k) },
            DetectedOn = new DateOnly(2026, 11, 1),
            Narrative = "Synthetic report for the matching benchmark.",
            Subjects = [Person(random, "S1"), Person(random, "S2"), Person(random, "S3"), Company(random, "S4")],
            Accounts =
            [
                new Account { LocalId = "A1", Iban = Iban(random), InstitutionName = "Synthetic Bank", HolderSubjectIds = ["S1"] },
                new Account { LocalId = "A2", AccountNumber = Digits(random, 8), InstitutionName = $"Bank {Banks[random.Next(Banks.Length)]}", HolderSubjectIds = ["S4"] },
            ],
            IndicatorCodes = ["ML-STRUCT"],
        };
    }

    /// <summary>
    /// A new report for the measured runs: fresh subjects, and by <paramref name="i"/> one identifier of indexed report
    /// <paramref name="k"/> — its IBAN (4 in 10), its first person's name and date of birth with the family name misspelt
    /// (2 in 10), its first person's phone (1 in 10) — or nothing of it (3 in 10).
    /// </summary>
    public static SuspiciousActivityReport Probe(int i, int k, int fresh)
    {
        var indexed = Report(k);
        var report = Report(fresh);
        var subjects = report.Subjects.ToList();
        var accounts = report.Accounts.ToList();
        switch (i % 10)
        {
            case < 4:
                accounts[0] = accounts[0] with { Iban = indexed.Accounts[0].Iban };
                break;
            case < 6:
                var person = indexed.Subjects[0].Person!;
                subjects[0] = subjects[0] with { Person = person with { FamilyName = person.FamilyName + "e", GivenNames = person.GivenNames!.ToUpperInvariant() } };
                break;
            case 6:
                subjects[0] = subjects[0] with { Phones = indexed.Subjects[0].Phones };
                break;
            default:
                break;
        }

        return report with { BankReference = $"PROBE-{i}", Subjects = subjects, Accounts = accounts };
    }

    private static Subject Person(Random random, string localId)
    {
        var given = Word(random, 2);
        var family = Word(random, 2 + random.Next(2));
        return new Subject
        {
            LocalId = localId,
            Kind = SubjectKind.Person,
            Person = new PersonDetails { GivenNames = given, FamilyName = family, DateOfBirth = Earliest.AddDays(random.Next(24_000)), Nationalities = ["GB"] },
            Identifiers = [new Identifier { Type = "Passport", Number = Digits(random, 9), IssuingCountry = "GB" }],
            Phones = [new Phone { Number = "+4477" + Digits(random, 8) }],
            Emails = [$"{given}.{family}{random.Next(10_000)}@example.com".ToLowerInvariant()],
        };
    }

    private static Subject Company(Random random, string localId) => new()
    {
        LocalId = localId,
        Kind = SubjectKind.LegalEntity,
        LegalEntity = new LegalEntityDetails
        {
            Name = $"{Word(random, 2)} {Word(random, 3)} {Business[random.Next(Business.Length)]} Ltd",
            RegistrationNumber = Digits(random, 8),
            RegistrationCountry = "GB",
        },
    };

    private static string Word(Random random, int syllables)
    {
        var word = string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    private static string Iban(Random random)
    {
        var bban = Banks[random.Next(Banks.Length)] + Digits(random, 14);
        var remainder = 0;
        foreach (var c in bban + "GB00")
        {
            remainder = char.IsAsciiDigit(c) ? ((remainder * 10) + (c - '0')) % 97 : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        return string.Create(CultureInfo.InvariantCulture, $"GB{98 - remainder:D2}{bban}");
    }

    private static string Digits(Random random, int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));
}
