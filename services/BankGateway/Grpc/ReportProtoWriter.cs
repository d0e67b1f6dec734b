using System.Globalization;
using Concord.Contracts.Filing;
using Google.Protobuf.WellKnownTypes;
using Wire = Concord.Contracts.Grpc.Filing.V1;

namespace Concord.BankGateway.Grpc;

/// <summary>Writes a canonical report as a gRPC report: null becomes the empty string or an absent message.</summary>
internal static class ReportProtoWriter
{
    public static Wire.Report ToProto(SuspiciousActivityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var proto = new Wire.Report
        {
            BankReference = report.BankReference,
            ReportTypeCode = report.ReportTypeCode,
            ReportingEntity = report.ReportingEntity is null ? null : ToProto(report.ReportingEntity),
            FiuRequestReference = report.FiuRequestReference ?? string.Empty,
            DetectedOn = Date(report.DetectedOn),
            ActivityFrom = Date(report.ActivityFrom),
            ActivityTo = Date(report.ActivityTo),
            Narrative = report.Narrative,
            ActionTaken = report.ActionTaken ?? string.Empty,
            LocalCurrency = report.LocalCurrency ?? string.Empty,
        };
        proto.Subjects.AddRange(report.Subjects.Select(ToProto));
        proto.Accounts.AddRange(report.Accounts.Select(ToProto));
        proto.Transactions.AddRange(report.Transactions.Select(ToProto));
        proto.IndicatorCodes.AddRange(report.IndicatorCodes);
        proto.TypologyCodes.AddRange(report.TypologyCodes);
        return proto;
    }

    private static Wire.ReportingEntity ToProto(ReportingEntity entity) => new()
    {
        OrganisationId = entity.OrganisationId,
        FiuRegistrationId = entity.FiuRegistrationId ?? string.Empty,
        Branch = entity.Branch ?? string.Empty,
        ReportingPerson = entity.ReportingPerson is not { } person ? null : new Wire.ReportingPerson
        {
            FullName = person.FullName,
            Role = person.Role ?? string.Empty,
            Email = person.Email ?? string.Empty,
            Phone = person.Phone ?? string.Empty,
        },
    };

    private static Wire.Subject ToProto(Subject subject)
    {
        var proto = new Wire.Subject
        {
            LocalId = subject.LocalId,
            Kind = subject.Kind switch
            {
                SubjectKind.Person => Wire.SubjectKind.Person,
                SubjectKind.LegalEntity => Wire.SubjectKind.LegalEntity,
                _ => throw new ArgumentOutOfRangeException(nameof(subject), subject.Kind, "Unknown subject kind."),
            },
            Role = subject.Role ?? string.Empty,
            Person = subject.Person is null ? null : ToProto(subject.Person),
            LegalEntity = subject.LegalEntity is not { } entity ? null : new Wire.LegalEntityDetails
            {
                Name = entity.Name,
                LegalForm = entity.LegalForm ?? string.Empty,
                RegistrationNumber = entity.RegistrationNumber ?? string.Empty,
                RegistrationCountry = entity.RegistrationCountry ?? string.Empty,
                IncorporatedOn = Date(entity.IncorporatedOn),
            },
        };
        proto.Identifiers.AddRange(subject.Identifiers.Select(i => new Wire.Identifier
        {
            Type = i.Type,
            Number = i.Number,
            IssuingCountry = i.IssuingCountry ?? string.Empty,
        }));
        proto.Addresses.AddRange(subject.Addresses.Select(a => new Wire.Address
        {
            Type = a.Type ?? string.Empty,
            Line1 = a.Line1,
            Line2 = a.Line2 ?? string.Empty,
            City = a.City,
            PostalCode = a.PostalCode ?? string.Empty,
            Region = a.Region ?? string.Empty,
            Country = a.Country,
        }));
        proto.Phones.AddRange(subject.Phones.Select(p => new Wire.Phone { Type = p.Type ?? string.Empty, Number = p.Number }));
        proto.Emails.AddRange(subject.Emails);
        return proto;
    }

    private static Wire.PersonDetails ToProto(PersonDetails person)
    {
        var proto = new Wire.PersonDetails
        {
            GivenNames = person.GivenNames ?? string.Empty,
            FamilyName = person.FamilyName,
            DateOfBirth = Date(person.DateOfBirth),
            PlaceOfBirth = person.PlaceOfBirth ?? string.Empty,
            Occupation = person.Occupation ?? string.Empty,
        };
        proto.Nationalities.AddRange(person.Nationalities);
        return proto;
    }

    private static Wire.Account ToProto(Account account)
    {
        var proto = new Wire.Account
        {
            LocalId = account.LocalId,
            Iban = account.Iban ?? string.Empty,
            AccountNumber = account.AccountNumber ?? string.Empty,
            InstitutionName = account.InstitutionName,
            InstitutionBic = account.InstitutionBic ?? string.Empty,
            InstitutionCountry = account.InstitutionCountry ?? string.Empty,
            Currency = account.Currency ?? string.Empty,
            HeldAtReportingEntity = account.HeldAtReportingEntity,
            OpenedOn = Date(account.OpenedOn),
            ClosedOn = Date(account.ClosedOn),
        };
        proto.HolderSubjectIds.AddRange(account.HolderSubjectIds);
        return proto;
    }

    private static Wire.Transaction ToProto(Transaction transaction) => new()
    {
        Reference = transaction.Reference ?? string.Empty,
        OccurredAt = Timestamp.FromDateTimeOffset(transaction.OccurredAt),
        // Note: decimal's own invariant format keeps every digit and the scale ("9500.00") and never uses an
        // exponent, which "G29" would for small values (1E-07) and which the reader refuses.
        Amount = transaction.Amount.ToString(CultureInfo.InvariantCulture),
        Currency = transaction.Currency,
        Direction = transaction.Direction switch
        {
            TransactionDirection.Incoming => Wire.TransactionDirection.Incoming,
            TransactionDirection.Outgoing => Wire.TransactionDirection.Outgoing,
            _ => throw new ArgumentOutOfRangeException(nameof(transaction), transaction.Direction, "Unknown transaction direction."),
        },
        Channel = transaction.Channel,
        AccountId = transaction.AccountId ?? string.Empty,
        Counterparty = transaction.Counterparty is not { } counterparty ? null : new Wire.Counterparty
        {
            SubjectId = counterparty.SubjectId ?? string.Empty,
            Name = counterparty.Name ?? string.Empty,
            Iban = counterparty.Iban ?? string.Empty,
            AccountNumber = counterparty.AccountNumber ?? string.Empty,
            InstitutionName = counterparty.InstitutionName ?? string.Empty,
            Country = counterparty.Country ?? string.Empty,
        },
        Description = transaction.Description ?? string.Empty,
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Date(DateOnly? date) => date is { } value ? Date(value) : string.Empty;
}
