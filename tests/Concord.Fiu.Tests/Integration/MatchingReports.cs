using System.Globalization;
using System.Security.Cryptography;
using Concord.Contracts.Filing;
using Concord.Testing;

namespace Concord.Fiu.Tests.Integration;

/// <summary>Reports for matching tests: identifiers of their own (random IBANs, names and dates of birth), so tests sharing a database do not link to each other's reports.</summary>
internal static class MatchingReports
{
    public static SuspiciousActivityReport Report(string bank, IReadOnlyList<Subject> subjects, IReadOnlyList<Account>? accounts = null, IReadOnlyList<Transaction>? transactions = null) =>
        SampleReports.Structuring(bank, $"REF-{Guid.NewGuid():N}") with { Subjects = subjects, Accounts = accounts ?? [], Transactions = transactions ?? [] };

    public static Subject Person(string localId, string given, string family, DateOnly? born, params string[] phones) => new()
    {
        LocalId = localId,
        Kind = SubjectKind.Person,
        Role = "Suspect",
        Person = new PersonDetails { GivenNames = given, FamilyName = family, DateOfBirth = born, Nationalities = ["GB"] },
        Phones = [.. phones.Select(p => new Phone { Number = p })],
    };

    public static Subject Company(string localId, string name, string? registration = null) => new()
    {
        LocalId = localId,
        Kind = SubjectKind.LegalEntity,
        LegalEntity = new LegalEntityDetails { Name = name, RegistrationNumber = registration, RegistrationCountry = registration is null ? null : "GB" },
    };

    public static Account Account(string localId, string? iban, params string[] holders) => new()
    {
        LocalId = localId,
        Iban = iban,
        InstitutionName = "West Bank plc",
        InstitutionCountry = "GB",
        Currency = "GBP",
        HolderSubjectIds = holders,
    };

    public static Account AccountNumber(string localId, string number, string institution, params string[] holders) => new()
    {
        LocalId = localId,
        AccountNumber = number,
        InstitutionName = institution,
        InstitutionCountry = "GB",
        HolderSubjectIds = holders,
    };

    /// <summary>A valid GB IBAN no other test uses.</summary>
    public static string Iban()
    {
        var bban = "WEST" + string.Concat(Enumerable.Range(0, 14).Select(_ => RandomNumberGenerator.GetInt32(10).ToString(CultureInfo.InvariantCulture)));
        var check = 98 - Mod97(bban + "GB00");
        return string.Create(CultureInfo.InvariantCulture, $"GB{check:D2}{bban}");
    }

    /// <summary>The IBAN with its last digit changed: the checksum fails.</summary>
    public static string Broken(string iban) => iban[..^1] + (char)('0' + ((iban[^1] - '0' + 1) % 10));

    /// <summary>A family name no other test uses: a capital and nine letters.</summary>
    public static string Family() => "Q" + new string([.. Enumerable.Range(0, 9).Select(_ => (char)('a' + RandomNumberGenerator.GetInt32(26)))]);

    public static DateOnly Born() => new DateOnly(1950, 1, 1).AddDays(RandomNumberGenerator.GetInt32(18_000));

    /// <summary>A UK mobile number (in the range kept for drama, so nobody's) no other test uses.</summary>
    public static string Mobile() => string.Create(CultureInfo.InvariantCulture, $"+4477009{RandomNumberGenerator.GetInt32(100_000):D5}");

    private static int Mod97(string text)
    {
        var remainder = 0;
        foreach (var c in text)
        {
            remainder = char.IsAsciiDigit(c) ? ((remainder * 10) + (c - '0')) % 97 : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        return remainder;
    }
}
