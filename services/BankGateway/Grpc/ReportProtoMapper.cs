using Concord.Contracts.Filing;
using static Concord.BankGateway.Grpc.ReportProtoReader;
using Wire = Concord.Contracts.Grpc.Filing.V1;

namespace Concord.BankGateway.Grpc;

/// <summary>
/// Converts between the gRPC report (<c>concord.filing.v1.Report</c>) and the canonical
/// <see cref="SuspiciousActivityReport"/>. Only what cannot be converted is an error here (dates, amounts,
/// timestamps, enums); missing sub-messages become null and empty required strings stay empty, so that the
/// validator reports every missing field at once, with the same paths and codes as for a JSON filing.
/// </summary>
public static class ReportProtoMapper
{
    public static ReportProtoMappingResult ToCanonical(Wire.Report proto)
    {
        ArgumentNullException.ThrowIfNull(proto);
        var reader = new ReportProtoReader();
        var report = new SuspiciousActivityReport
        {
            BankReference = proto.BankReference,
            ReportTypeCode = proto.ReportTypeCode,
            // Note: null despite `required`, as a JSON filing without the member is; the validator reports it.
            ReportingEntity = proto.ReportingEntity is null ? null! : ToCanonical(proto.ReportingEntity),
            FiuRequestReference = Optional(proto.FiuRequestReference),
            DetectedOn = reader.RequiredDate(proto.DetectedOn, "detectedOn"),
            ActivityFrom = reader.OptionalDate(proto.ActivityFrom, "activityFrom"),
            ActivityTo = reader.OptionalDate(proto.ActivityTo, "activityTo"),
            Narrative = proto.Narrative,
            ActionTaken = Optional(proto.ActionTaken),
            LocalCurrency = Optional(proto.LocalCurrency),
            Subjects = proto.Subjects.Select((subject, i) => ToCanonical(subject, reader, Item("subjects", i))).ToList(),
            Accounts = proto.Accounts.Select((account, i) => ToCanonical(account, reader, Item("accounts", i))).ToList(),
            Transactions = proto.Transactions.Select((transaction, i) => ToCanonical(transaction, reader, Item("transactions", i))).ToList(),
            IndicatorCodes = [.. proto.IndicatorCodes],
            TypologyCodes = [.. proto.TypologyCodes],
        };

        return reader.Errors.Count == 0
            ? new ReportProtoMappingResult(report, [])
            : new ReportProtoMappingResult(null, reader.Errors);
    }

    /// <summary>The reverse of <see cref="ToCanonical(Wire.Report)"/>, for clients and tests; lossless except that
    /// timestamps are sent in UTC (the same instants) and empty optional strings come back as null.</summary>
    public static Wire.Report ToProto(SuspiciousActivityReport report) => ReportProtoWriter.ToProto(report);

    public static Wire.FieldError ToProto(FieldError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new Wire.FieldError { Path = error.Path, Code = error.Code, Message = error.Message };
    }

    private static ReportingEntity ToCanonical(Wire.ReportingEntity entity) => new()
    {
        OrganisationId = entity.OrganisationId,
        FiuRegistrationId = Optional(entity.FiuRegistrationId),
        Branch = Optional(entity.Branch),
        ReportingPerson = entity.ReportingPerson is not { } person ? null : new ReportingPerson
        {
            FullName = person.FullName,
            Role = Optional(person.Role),
            Email = Optional(person.Email),
            Phone = Optional(person.Phone),
        },
    };

    private static Subject ToCanonical(Wire.Subject subject, ReportProtoReader reader, string path) => new()
    {
        LocalId = subject.LocalId,
        Kind = reader.Kind(subject.Kind, $"{path}.kind"),
        Role = Optional(subject.Role),
        Person = subject.Person is not { } person ? null : new PersonDetails
        {
            GivenNames = Optional(person.GivenNames),
            FamilyName = person.FamilyName,
            DateOfBirth = reader.OptionalDate(person.DateOfBirth, $"{path}.person.dateOfBirth"),
            PlaceOfBirth = Optional(person.PlaceOfBirth),
            Nationalities = [.. person.Nationalities],
            Occupation = Optional(person.Occupation),
        },
        LegalEntity = subject.LegalEntity is not { } entity ? null : new LegalEntityDetails
        {
            Name = entity.Name,
            LegalForm = Optional(entity.LegalForm),
            RegistrationNumber = Optional(entity.RegistrationNumber),
            RegistrationCountry = Optional(entity.RegistrationCountry),
            IncorporatedOn = reader.OptionalDate(entity.IncorporatedOn, $"{path}.legalEntity.incorporatedOn"),
        },
        Identifiers = subject.Identifiers
            .Select(i => new Identifier { Type = i.Type, Number = i.Number, IssuingCountry = Optional(i.IssuingCountry) }).ToList(),
        Addresses = subject.Addresses.Select(a => new Address
        {
            Type = Optional(a.Type),
            Line1 = a.Line1,
            Line2 = Optional(a.Line2),
            City = a.City,
            PostalCode = Optional(a.PostalCode),
            Region = Optional(a.Region),
            Country = a.Country,
        }).ToList(),
        Phones = subject.Phones.Select(p => new Phone { Type = Optional(p.Type), Number = p.Number }).ToList(),
        Emails = [.. subject.Emails],
    };

    private static Account ToCanonical(Wire.Account account, ReportProtoReader reader, string path) => new()
    {
        LocalId = account.LocalId,
        Iban = Optional(account.Iban),
        AccountNumber = Optional(account.AccountNumber),
        InstitutionName = account.InstitutionName,
        InstitutionBic = Optional(account.InstitutionBic),
        InstitutionCountry = Optional(account.InstitutionCountry),
        Currency = Optional(account.Currency),
        HeldAtReportingEntity = account.HeldAtReportingEntity,
        HolderSubjectIds = [.. account.HolderSubjectIds],
        OpenedOn = reader.OptionalDate(account.OpenedOn, $"{path}.openedOn"),
        ClosedOn = reader.OptionalDate(account.ClosedOn, $"{path}.closedOn"),
    };

    private static Transaction ToCanonical(Wire.Transaction transaction, ReportProtoReader reader, string path) => new()
    {
        Reference = Optional(transaction.Reference),
        OccurredAt = reader.Instant(transaction.OccurredAt, $"{path}.occurredAt"),
        Amount = reader.Amount(transaction.Amount, $"{path}.amount"),
        Currency = transaction.Currency,
        Direction = reader.Direction(transaction.Direction, $"{path}.direction"),
        Channel = transaction.Channel,
        AccountId = Optional(transaction.AccountId),
        Counterparty = transaction.Counterparty is not { } counterparty ? null : new Counterparty
        {
            SubjectId = Optional(counterparty.SubjectId),
            Name = Optional(counterparty.Name),
            Iban = Optional(counterparty.Iban),
            AccountNumber = Optional(counterparty.AccountNumber),
            InstitutionName = Optional(counterparty.InstitutionName),
            Country = Optional(counterparty.Country),
        },
        Description = Optional(transaction.Description),
    };
}
