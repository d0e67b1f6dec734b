using Concord.Contracts.Filing;

namespace Concord.Testing;

/// <summary>Realistic reports for tests and benchmarks: a structuring case with a person, a company, accounts and cash deposits.</summary>
public static class SampleReports
{
    public static SuspiciousActivityReport Structuring(string bankOrganisationId, string bankReference, DateOnly? detectedOn = null)
    {
        var detected = detectedOn ?? new DateOnly(2026, 11, 2);
        var start = detected.AddDays(-30);
        return new SuspiciousActivityReport
        {
            BankReference = bankReference,
            ReportTypeCode = "STR",
            ReportingEntity = new ReportingEntity
            {
                OrganisationId = bankOrganisationId,
                FiuRegistrationId = "RE-10442",
                Branch = "London Wall",
                ReportingPerson = new ReportingPerson { FullName = "Priya Natarajan", Role = "MLRO", Email = "mlro@bank.example", Phone = "+442079460000" },
            },
            DetectedOn = detected,
            ActivityFrom = start,
            ActivityTo = detected.AddDays(-3),
            Narrative = "Customer made repeated cash deposits just below the GBP 10,000 threshold across three branches within seven days, " +
                "then transferred the funds to a newly incorporated trading company with no apparent business activity.",
            ActionTaken = "Account placed under enhanced monitoring; outgoing transfers held for review.",
            LocalCurrency = "GBP",
            Subjects =
            [
                new Subject
                {
                    LocalId = "S1",
                    Kind = SubjectKind.Person,
                    Role = "Suspect",
                    Person = new PersonDetails { GivenNames = "Daniel James", FamilyName = "Whitcombe", DateOfBirth = new DateOnly(1984, 3, 12), Nationalities = ["GB"] },
                    Identifiers = [new Identifier { Type = "Passport", Number = "533401289", IssuingCountry = "GB" }],
                    Addresses = [new Address { Type = "Residential", Line1 = "14 Cable Street", City = "London", PostalCode = "E1 8JG", Country = "GB" }],
                    Phones = [new Phone { Type = "Mobile", Number = "+447700900123" }],
                    Emails = ["d.whitcombe@example.org"],
                },
                new Subject
                {
                    LocalId = "S2",
                    Kind = SubjectKind.LegalEntity,
                    Role = "Beneficiary",
                    LegalEntity = new LegalEntityDetails { Name = "Northgate Trading Ltd", LegalForm = "Ltd", RegistrationNumber = "14820391", RegistrationCountry = "GB", IncorporatedOn = new DateOnly(2026, 6, 1) },
                },
            ],
            Accounts =
            [
                new Account { LocalId = "A1", Iban = "GB82WEST12345698765432", InstitutionName = "Alpha Bank plc", InstitutionCountry = "GB", Currency = "GBP", HeldAtReportingEntity = true, HolderSubjectIds = ["S1"], OpenedOn = new DateOnly(2019, 5, 20) },
                new Account { LocalId = "A2", Iban = "GB33BUKB20201555555555", InstitutionName = "Beta Bank plc", InstitutionCountry = "GB", Currency = "GBP", HolderSubjectIds = ["S2"] },
            ],
            Transactions =
            [
                Deposit("TX-1", start.AddDays(2), 9_500m),
                Deposit("TX-2", start.AddDays(3), 9_800m),
                Deposit("TX-3", start.AddDays(5), 9_750m),
                new Transaction
                {
                    Reference = "TX-4",
                    OccurredAt = new DateTimeOffset(start.AddDays(6), new TimeOnly(14, 2), TimeSpan.Zero),
                    Amount = 28_900m,
                    Currency = "GBP",
                    Direction = TransactionDirection.Outgoing,
                    Channel = "Wire",
                    AccountId = "A1",
                    Counterparty = new Counterparty { SubjectId = "S2", Name = "Northgate Trading Ltd", Iban = "GB33BUKB20201555555555", InstitutionName = "Beta Bank plc", Country = "GB" },
                },
            ],
            IndicatorCodes = ["ML-STRUCT", "DRUG-PROCEEDS"],
            TypologyCodes = ["T-2026-014"],
        };
    }

    private static Transaction Deposit(string reference, DateOnly date, decimal amount) => new()
    {
        Reference = reference,
        OccurredAt = new DateTimeOffset(date, new TimeOnly(10, 15), TimeSpan.Zero),
        Amount = amount,
        Currency = "GBP",
        Direction = TransactionDirection.Incoming,
        Channel = "Cash",
        AccountId = "A1",
    };
}
