using Concord.Contracts.Filing;

namespace Concord.Screening.Binding;

/// <summary>
/// The fields a rule can name, in camelCase as the report's JSON spells them. Readers never throw: a missing value reads
/// as null and a comparison with null is false. Ages and durations count to the report's <c>detectedOn</c>, never to the
/// clock, so the same report always gives the same answer.
/// </summary>
internal static class FieldCatalogue
{
    public static readonly Scope Transactions = TransactionScope();
    public static readonly Scope Subjects = SubjectScope();
    public static readonly Scope Accounts = AccountScope();
    public static readonly Scope Report = ReportScope();

    public static IEnumerable<Scope> All => [Report, Transactions, Subjects, Accounts];

    private static Scope ReportScope() => new Scope("report")
        .Add(Text("bankReference", "The filing bank's own reference.", (r, _) => r.BankReference))
        .Add(Text("reportTypeCode", "The report type as the FIU codes it, e.g. SAR, STR, CTR.", (r, _) => r.ReportTypeCode))
        .Add(Text("fiuRequestReference", "The FIU request the report answers, if any.", (r, _) => r.FiuRequestReference))
        .Add(Date("detectedOn", "When the bank detected the activity.", (r, _) => r.DetectedOn))
        .Add(Date("activityFrom", "Start of the reported activity.", (r, _) => r.ActivityFrom))
        .Add(Date("activityTo", "End of the reported activity.", (r, _) => r.ActivityTo))
        .Add(Text("narrative", "The bank's narrative (contains / starts with / ends with, case-insensitive).", (r, _) => r.Narrative))
        .Add(Text("actionTaken", "What the bank did (e.g. exited the relationship).", (r, _) => r.ActionTaken))
        .Add(Text("localCurrency", "The report's local currency (ISO 4217).", (r, _) => r.LocalCurrency))
        .Add(Text("reportingEntity.organisationId", "The filing bank's organisation id.", (r, _) => r.ReportingEntity?.OrganisationId))
        .Add(Text("reportingEntity.branch", "The filing branch.", (r, _) => r.ReportingEntity?.Branch))
        .Add(List("indicatorCodes", "The coded red flags the bank cited.", ListAccessor.Of((r, _) => r.IndicatorCodes)))
        .Add(List("typologyCodes", "The typology codes the bank cited.", ListAccessor.Of((r, _) => r.TypologyCodes)))
        .Add(Collection("transactions", "The report's transactions (time: occurredAt).", Transactions, r => r.Transactions ?? []))
        .Add(Collection("subjects", "The report's subjects: persons and legal entities.", Subjects, r => r.Subjects ?? []))
        .Add(Collection("accounts", "The accounts the report names.", Accounts, r => r.Accounts ?? []));

    private static Scope TransactionScope() => new Scope("transactions", o => ((Transaction)o).OccurredAt)
        .Add(Text("reference", "The bank's transaction reference.", (_, o) => T(o).Reference))
        .Add(Timestamp("occurredAt", "When it happened (an instant; a date literal means midnight UTC).", (_, o) => T(o).OccurredAt))
        .Add(Number("amount", "The amount in the transaction's own currency (no conversion; filter on currency).", (_, o) => T(o).Amount))
        .Add(Text("currency", "ISO 4217 code of the amount.", (_, o) => T(o).Currency))
        .Add(Coded("direction", "Incoming or Outgoing for the reported account (\"In\" and \"Out\" are accepted).",
            (_, o) => T(o).Direction == TransactionDirection.Incoming ? nameof(TransactionDirection.Incoming) : nameof(TransactionDirection.Outgoing),
            ("Incoming", "Incoming"), ("In", "Incoming"), ("Outgoing", "Outgoing"), ("Out", "Outgoing")))
        .Add(Text("channel", "How it was made, as filed: e.g. Cash, Wire, Card, Cheque, Crypto.", (_, o) => T(o).Channel))
        .Add(Text("accountId", "The local id of the report's account it moved through.", (_, o) => T(o).AccountId))
        .Add(Text("description", "The bank's description of the transaction.", (_, o) => T(o).Description))
        .Add(Text("counterparty.subjectId", "The counterparty's subject in this report, if it is one.", (_, o) => T(o).Counterparty?.SubjectId))
        .Add(Text("counterparty.name", "The counterparty's name.", (_, o) => T(o).Counterparty?.Name))
        .Add(Text("counterparty.iban", "The counterparty's IBAN, as filed.", (_, o) => T(o).Counterparty?.Iban))
        .Add(Text("counterparty.accountNumber", "The counterparty's account number, as filed.", (_, o) => T(o).Counterparty?.AccountNumber))
        .Add(Text("counterparty.institutionName", "The counterparty's bank.", (_, o) => T(o).Counterparty?.InstitutionName))
        .Add(Text("counterparty.country", "The counterparty's country (ISO 3166 alpha-2).", (_, o) => T(o).Counterparty?.Country));

    private static Scope SubjectScope() => new Scope("subjects")
        .Add(Text("localId", "The subject's id within the report.", (_, o) => S(o).LocalId))
        .Add(Coded("kind", "Person or LegalEntity.",
            (_, o) => S(o).Kind == SubjectKind.Person ? nameof(SubjectKind.Person) : nameof(SubjectKind.LegalEntity),
            ("Person", "Person"), ("LegalEntity", "LegalEntity"), ("Entity", "LegalEntity")))
        .Add(Text("role", "The subject's role as filed, e.g. AccountHolder, Beneficiary, Director.", (_, o) => S(o).Role))
        .Add(Text("person.givenNames", "A person's given names.", (_, o) => S(o).Person?.GivenNames))
        .Add(Text("person.familyName", "A person's family name.", (_, o) => S(o).Person?.FamilyName))
        .Add(Date("person.dateOfBirth", "A person's date of birth.", (_, o) => S(o).Person?.DateOfBirth))
        .Add(Number("person.age", "A person's age in whole years on the report's detectedOn date.", (r, o) => Years(S(o).Person?.DateOfBirth, r.DetectedOn)))
        .Add(Text("person.placeOfBirth", "A person's place of birth, as filed.", (_, o) => S(o).Person?.PlaceOfBirth))
        .Add(List("person.nationalities", "A person's nationalities (ISO 3166 alpha-2).", ListAccessor.Of((_, o) => S(o).Person?.Nationalities)))
        .Add(Text("person.occupation", "A person's occupation.", (_, o) => S(o).Person?.Occupation))
        .Add(Text("legalEntity.name", "A legal entity's name.", (_, o) => S(o).LegalEntity?.Name))
        .Add(Text("legalEntity.legalForm", "A legal entity's legal form, e.g. LTD, LLP.", (_, o) => S(o).LegalEntity?.LegalForm))
        .Add(Text("legalEntity.registrationNumber", "A legal entity's registration number.", (_, o) => S(o).LegalEntity?.RegistrationNumber))
        .Add(Text("legalEntity.registrationCountry", "Where a legal entity is registered (ISO 3166 alpha-2).", (_, o) => S(o).LegalEntity?.RegistrationCountry))
        .Add(Date("legalEntity.incorporatedOn", "When a legal entity was incorporated.", (_, o) => S(o).LegalEntity?.IncorporatedOn))
        .Add(Number("legalEntity.ageInDays", "Days from incorporation to the report's detectedOn date.", (r, o) => Days(S(o).LegalEntity?.IncorporatedOn, r.DetectedOn)))
        .Add(List("identifiers.type", "The types of the subject's identifiers (e.g. Passport, NationalId, LEI).", ListAccessor.Project((_, o) => S(o).Identifiers, i => i.Type)))
        .Add(List("identifiers.issuingCountry", "The countries that issued the subject's identifiers.", ListAccessor.Project((_, o) => S(o).Identifiers, i => i.IssuingCountry)))
        .Add(List("addresses.country", "The countries of the subject's addresses.", ListAccessor.Project((_, o) => S(o).Addresses, a => a.Country)))
        .Add(List("addresses.city", "The cities of the subject's addresses.", ListAccessor.Project((_, o) => S(o).Addresses, a => a.City)))
        .Add(List("emails", "The subject's e-mail addresses.", ListAccessor.Of((_, o) => S(o).Emails)));

    private static Scope AccountScope() => new Scope("accounts")
        .Add(Text("localId", "The account's id within the report.", (_, o) => A(o).LocalId))
        .Add(Text("iban", "The account's IBAN, as filed.", (_, o) => A(o).Iban))
        .Add(Text("accountNumber", "The account number, as filed.", (_, o) => A(o).AccountNumber))
        .Add(Text("institutionName", "The bank holding the account.", (_, o) => A(o).InstitutionName))
        .Add(Text("institutionBic", "That bank's BIC.", (_, o) => A(o).InstitutionBic))
        .Add(Text("institutionCountry", "That bank's country (ISO 3166 alpha-2).", (_, o) => A(o).InstitutionCountry))
        .Add(Text("currency", "The account's currency (ISO 4217).", (_, o) => A(o).Currency))
        .Add(new FieldDefinition
        {
            Name = "heldAtReportingEntity",
            Kind = ValueKind.Boolean,
            Description = "True when the filing bank holds the account.",
            Flag = (_, o) => A(o).HeldAtReportingEntity,
        })
        .Add(List("holderSubjectIds", "The local ids of the account's holders.", ListAccessor.Of((_, o) => A(o).HolderSubjectIds)))
        .Add(Date("openedOn", "When the account was opened.", (_, o) => A(o).OpenedOn))
        .Add(Date("closedOn", "When the account was closed.", (_, o) => A(o).ClosedOn))
        .Add(Number("ageInDays", "Days from opening to the report's detectedOn date.", (r, o) => Days(A(o).OpenedOn, r.DetectedOn)));

    private static Transaction T(object? o) => (Transaction)o!;

    private static Subject S(object? o) => (Subject)o!;

    private static Account A(object? o) => (Account)o!;

    private static decimal? Years(DateOnly? from, DateOnly to)
    {
        if (from is not { } start)
        {
            return null;
        }

        var years = to.Year - start.Year;
        return to.Month < start.Month || (to.Month == start.Month && to.Day < start.Day) ? years - 1 : years;
    }

    private static decimal? Days(DateOnly? from, DateOnly to) => from is { } start ? to.DayNumber - start.DayNumber : null;

    private static FieldDefinition Text(string name, string description, Func<SuspiciousActivityReport, object?, string?> read) =>
        new() { Name = name, Kind = ValueKind.String, Description = description, Text = read };

    private static FieldDefinition Coded(string name, string description, Func<SuspiciousActivityReport, object?, string?> read, params (string Spelling, string Value)[] values) =>
        new()
        {
            Name = name,
            Kind = ValueKind.String,
            Description = description,
            Text = read,
            Values = values.ToDictionary(v => v.Spelling, v => v.Value, StringComparer.OrdinalIgnoreCase),
        };

    private static FieldDefinition Number(string name, string description, Func<SuspiciousActivityReport, object?, decimal?> read) =>
        new() { Name = name, Kind = ValueKind.Number, Description = description, Number = read };

    private static FieldDefinition Date(string name, string description, Func<SuspiciousActivityReport, object?, DateOnly?> read) =>
        new() { Name = name, Kind = ValueKind.Date, Description = description, Date = read };

    private static FieldDefinition Timestamp(string name, string description, Func<SuspiciousActivityReport, object?, DateTimeOffset?> read) =>
        new() { Name = name, Kind = ValueKind.Timestamp, Description = description, Timestamp = read };

    private static FieldDefinition List(string name, string description, ListAccessor list) =>
        new() { Name = name, Kind = ValueKind.List, Description = description, List = list };

    private static FieldDefinition Collection(string name, string description, Scope element, Func<SuspiciousActivityReport, IReadOnlyList<object>> items) =>
        new() { Name = name, Kind = ValueKind.Collection, Description = description, Element = element, Items = items };
}
