using Concord.Contracts.Filing;

namespace Concord.Benchmarks.Screening;

/// <summary>Reports of realistic shape and size: 1–10 subjects, 1–5 accounts, 1–200 transactions over up to 90 days.</summary>
internal static class SyntheticReports
{
    public static readonly string[] IndicatorCodes = ["ML-STRUCT", "ML-MULE", "ML-TBML", "DRUG-PROCEEDS", "PRECURSOR", "CRYPTO-OFFRAMP", "TF", "FRAUD"];

    private static readonly string[] Channels = ["Cash", "Cash", "Wire", "Wire", "Wire", "Card", "Card", "Card", "Cheque"];
    private static readonly string[] Countries = ["GB", "GB", "GB", "GB", "GB", "GB", "DE", "FR", "ES", "NL", "IE", "IT"];
    private static readonly string[] HighRisk = ["MX", "CO", "PE", "PA", "AE", "HK", "TR", "NG", "CN", "VE", "CY", "MT"];
    private static readonly string[] Names = ["J. Smith", "A. Kowalski", "M. Brown", "Tesco Stores", "British Gas", "HMRC", "S. Patel", "Acme Payroll Ltd", "L. Garcia", "Greenfield Lettings"];
    private static readonly string[] FlaggedNames = ["Northgate Trading Ltd", "Harbour Logistics", "Quimica Andina SA", "Importadora del Sur", "Atlas Chemical Supplies"];
    private static readonly string[] Words = ["Customer", "deposited", "cash", "in", "several", "branches", "and", "transferred", "funds", "to", "a", "newly", "incorporated", "company", "abroad", "with", "no", "apparent", "business", "rationale", "invoice", "payments", "salary", "rent"];
    private static readonly string[] Flags = ["crypto", "courier", "acetone", "casino", "kiosk", "precursor"];

    public static SuspiciousActivityReport Create(int index, Random random)
    {
        var detected = new DateOnly(2026, 11, 2).AddDays(-random.Next(0, 60));
        var start = new DateTimeOffset(detected.AddDays(-90).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var subjects = Enumerable.Range(1, random.Next(1, 11)).Select(i => Subject(i, random, detected)).ToList();
        var accounts = Enumerable.Range(1, random.Next(1, 6)).Select(i => Account(i, random, detected)).ToList();
        // Note: an account pays and is paid by a handful of regular counterparties, not a new one every time.
        var counterparties = Enumerable.Range(0, random.Next(3, 16)).Select(_ => Counterparty(random)).ToArray();
        return new SuspiciousActivityReport
        {
            BankReference = $"BENCH-{index:000000}",
            ReportTypeCode = random.Next(4) == 0 ? "SAR" : "STR",
            ReportingEntity = new ReportingEntity { OrganisationId = $"bank-{(char)('a' + random.Next(8))}" },
            DetectedOn = detected,
            ActivityFrom = detected.AddDays(-90),
            ActivityTo = detected,
            // Note: about one narrative in twenty names a red-flag word, as a bank's free text sometimes does.
            Narrative = string.Join(' ', Enumerable.Range(0, random.Next(40, 400)).Select(_ => Words[random.Next(Words.Length)]))
                + (random.Next(20) == 0 ? $" {Flags[random.Next(Flags.Length)]}" : string.Empty),
            LocalCurrency = "GBP",
            Subjects = subjects,
            Accounts = accounts,
            Transactions = [.. Enumerable.Range(1, random.Next(1, 201)).Select(i => Transaction(i, random, start, accounts, counterparties))],
            IndicatorCodes = [.. IndicatorCodes.OrderBy(_ => random.Next()).Take(random.Next(1, 3))],
            TypologyCodes = random.Next(3) == 0 ? [$"T-2026-{random.Next(1, 120):000}"] : [],
        };
    }

    private static Subject Subject(int i, Random random, DateOnly detected) => random.Next(3) == 0
        ? new Subject
        {
            LocalId = $"S{i}",
            Kind = SubjectKind.LegalEntity,
            Role = "Beneficiary",
            LegalEntity = new LegalEntityDetails { Name = FlaggedNames[random.Next(FlaggedNames.Length)], RegistrationCountry = random.Next(10) == 0 ? HighRisk[random.Next(HighRisk.Length)] : Countries[random.Next(Countries.Length)], IncorporatedOn = detected.AddDays(-random.Next(30, 4000)) },
            Identifiers = [new Identifier { Type = "RegistrationNumber", Number = $"{random.Next(10_000_000, 99_999_999)}", IssuingCountry = "GB" }],
            Addresses = [new Address { Line1 = "1 High Street", City = "London", Country = Countries[random.Next(Countries.Length)] }],
        }
        : new Subject
        {
            LocalId = $"S{i}",
            Kind = SubjectKind.Person,
            Role = "AccountHolder",
            Person = new PersonDetails
            {
                GivenNames = "Alex",
                FamilyName = $"Person{random.Next(100_000)}",
                DateOfBirth = detected.AddDays(-random.Next(18 * 365, 80 * 365)),
                Nationalities = [random.Next(30) == 0 ? HighRisk[random.Next(HighRisk.Length)] : Countries[random.Next(Countries.Length)]],
            },
            Identifiers = [new Identifier { Type = "Passport", Number = $"{random.Next(100_000_000, 999_999_999)}", IssuingCountry = "GB" }],
            Addresses = [new Address { Line1 = "2 Low Road", City = "Leeds", Country = random.Next(30) == 0 ? HighRisk[random.Next(HighRisk.Length)] : Countries[random.Next(Countries.Length)] }],
            Emails = [$"person{i}@example.org"],
        };

    private static Account Account(int i, Random random, DateOnly detected) => new()
    {
        LocalId = $"A{i}",
        Iban = $"GB{random.Next(10, 99)}BANK{random.Next(10_000_000, 99_999_999)}{random.Next(100_000, 999_999)}",
        InstitutionName = "Alpha Bank plc",
        InstitutionCountry = "GB",
        Currency = "GBP",
        HeldAtReportingEntity = i == 1,
        HolderSubjectIds = ["S1"],
        OpenedOn = detected.AddDays(-random.Next(20, 3000)),
    };

    private static Counterparty Counterparty(Random random)
    {
        // Note: one counterparty in a hundred is in a high-risk jurisdiction, one in fifty has a trading-company name.
        var country = random.Next(100) == 0 ? HighRisk[random.Next(HighRisk.Length)] : Countries[random.Next(Countries.Length)];
        return new Counterparty
        {
            Name = random.Next(50) == 0 ? FlaggedNames[random.Next(FlaggedNames.Length)] : Names[random.Next(Names.Length)],
            Iban = $"{country}{random.Next(10, 99)}X{random.Next(100_000, 999_999)}",
            Country = country,
            InstitutionName = "Other Bank",
        };
    }

    private static Transaction Transaction(int i, Random random, DateTimeOffset start, List<Account> accounts, Counterparty[] counterparties)
    {
        // Note: one transaction in two hundred goes through crypto.
        var channel = random.Next(200) == 0 ? "Crypto" : Channels[random.Next(Channels.Length)];
        return new Transaction
        {
            Reference = $"TX-{i}",
            OccurredAt = start.AddMinutes(random.Next(0, 90 * 24 * 60)),
            // Note: log-uniform between 20 and 20,000: many small amounts, a few large ones.
            Amount = Math.Round((decimal)Math.Exp(Math.Log(20) + (random.NextDouble() * Math.Log(1000))), 2),
            Currency = random.Next(20) == 0 ? "EUR" : "GBP",
            Direction = random.Next(2) == 0 ? TransactionDirection.Incoming : TransactionDirection.Outgoing,
            Channel = channel,
            AccountId = accounts[random.Next(accounts.Count)].LocalId,
            Description = channel == "Crypto" ? "Transfer to exchange wallet" : "Payment",
            Counterparty = channel == "Cash" ? null : counterparties[random.Next(counterparties.Length)],
        };
    }
}
