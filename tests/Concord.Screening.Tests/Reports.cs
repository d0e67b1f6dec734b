using Concord.Contracts.Filing;

namespace Concord.Screening.Tests;

/// <summary>Builds reports for the rule tests: a plain report, and transactions, subjects and accounts to add to it.</summary>
internal static class Reports
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static SuspiciousActivityReport Report(
        IReadOnlyList<Transaction>? transactions = null,
        IReadOnlyList<Subject>? subjects = null,
        IReadOnlyList<Account>? accounts = null,
        IReadOnlyList<string>? indicators = null,
        IReadOnlyList<string>? typologies = null,
        string narrative = "Customer deposited cash in several branches and could not explain the source of funds.") => new()
        {
            BankReference = "ALPHA-2026-0001",
            ReportTypeCode = "SAR",
            ReportingEntity = new ReportingEntity { OrganisationId = "bank-alpha", Branch = "London" },
            DetectedOn = new DateOnly(2026, 3, 20),
            ActivityFrom = new DateOnly(2026, 3, 1),
            Narrative = narrative,
            LocalCurrency = "GBP",
            Transactions = transactions ?? [],
            Subjects = subjects ?? [],
            Accounts = accounts ?? [],
            IndicatorCodes = indicators ?? [],
            TypologyCodes = typologies ?? [],
        };

    public static Transaction Cash(decimal amount, double daysAfterStart, TransactionDirection direction = TransactionDirection.Incoming, string currency = "GBP") => new()
    {
        OccurredAt = Start.AddDays(daysAfterStart),
        Amount = amount,
        Currency = currency,
        Direction = direction,
        Channel = "Cash",
    };

    public static Transaction Wire(decimal amount, double daysAfterStart, string? country = null, string? name = null, string? iban = null) => new()
    {
        OccurredAt = Start.AddDays(daysAfterStart),
        Amount = amount,
        Currency = "GBP",
        Direction = TransactionDirection.Outgoing,
        Channel = "Wire",
        Description = "Invoice payment",
        Counterparty = new Counterparty { Country = country, Name = name, Iban = iban, InstitutionName = "Banco Ejemplo" },
    };

    public static Subject Person(string id, DateOnly? born = null, string[]? nationalities = null, string[]? addressCountries = null) => new()
    {
        LocalId = id,
        Kind = SubjectKind.Person,
        Role = "AccountHolder",
        Person = new PersonDetails { GivenNames = "Ana", FamilyName = "Pérez", DateOfBirth = born, Nationalities = nationalities ?? [] },
        Addresses = (addressCountries ?? []).Select(c => new Address { Line1 = "1 Street", City = "City", Country = c }).ToList(),
    };

    public static Subject Company(string id, DateOnly? incorporated = null, string? country = null) => new()
    {
        LocalId = id,
        Kind = SubjectKind.LegalEntity,
        LegalEntity = new LegalEntityDetails { Name = "Harbour Trading Ltd", RegistrationCountry = country, IncorporatedOn = incorporated, LegalForm = "LTD" },
        Identifiers = [new Identifier { Type = "LEI", Number = "5493001KJTIIGC8Y1R12", IssuingCountry = country }],
    };

    public static Account Account(string id, DateOnly? opened = null, bool held = true) => new()
    {
        LocalId = id,
        InstitutionName = "Alpha Bank",
        InstitutionCountry = "GB",
        Iban = "GB82WEST12345698765432",
        Currency = "GBP",
        HeldAtReportingEntity = held,
        OpenedOn = opened,
        HolderSubjectIds = ["S1"],
    };
}
