using System.Globalization;
using Concord.Contracts.Filing;
using Concord.Contracts.Requests;
using Concord.Fiu.Matching;

namespace Concord.Fiu.Requests;

/// <summary>
/// The checks on a new request before any basis is looked for: every field error at once, each with its JSON path and
/// a stable code. Whether the agreement exists and lets the FIU ask each bank is decided after, on the replica.
/// </summary>
public static class RequestValidator
{
    public static List<FieldError> Validate(NewInformationRequest body, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new List<FieldError>();
        Text(errors, "agreement", body.Agreement, 64, required: true);
        Recipients(errors, body);
        Subjects(errors, body.Subjects, now);
        Text(errors, "reason", body.Reason, RequestLimits.ReasonLength, required: true);
        Deadline(errors, body.Deadline, now);
        return errors;
    }

    private static void Recipients(List<FieldError> errors, NewInformationRequest body)
    {
        var named = body.Banks is { Count: > 0 };
        var all = body.AllBanks == true;
        if (named == all)
        {
            errors.Add(Error("banks", RequestErrorCodes.BanksOrAllBanks, all
                ? "Name the banks to ask, or set 'allBanks', not both."
                : "Name the banks to ask in 'banks', or set 'allBanks' to ask every bank of the agreement."));
            return;
        }

        if (!named)
        {
            return;
        }

        var banks = body.Banks!;
        if (banks.Count > RequestLimits.Banks)
        {
            errors.Add(Error("banks", RequestErrorCodes.TooMany, $"A request goes to at most {RequestLimits.Banks} banks named one by one; this one names {banks.Count}. Use 'allBanks' for every bank of the agreement."));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < banks.Count; i++)
        {
            if (Text(errors, $"banks[{i}]", banks[i], 64, required: true) && !seen.Add(banks[i]!))
            {
                errors.Add(Error($"banks[{i}]", RequestErrorCodes.Duplicate, $"'{banks[i]}' is named more than once."));
            }
        }
    }

    private static void Subjects(List<FieldError> errors, IReadOnlyList<SubjectBody?>? subjects, DateTimeOffset now)
    {
        if (subjects is not { Count: > 0 })
        {
            errors.Add(Error("subjects", RequestErrorCodes.Required, "A request names at least one subject."));
            return;
        }

        if (subjects.Count > RequestLimits.Subjects)
        {
            errors.Add(Error("subjects", RequestErrorCodes.TooMany, $"A request names at most {RequestLimits.Subjects} subjects; this one names {subjects.Count}."));
            return;
        }

        var localIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < subjects.Count; i++)
        {
            var path = $"subjects[{i}]";
            if (subjects[i] is not { } subject)
            {
                errors.Add(Error(path, RequestErrorCodes.Required, "A subject is required here, not null."));
                continue;
            }

            if (Text(errors, $"{path}.localId", subject.LocalId, 32, required: true) && !localIds.Add(subject.LocalId!))
            {
                errors.Add(Error($"{path}.localId", RequestErrorCodes.Duplicate, $"Another subject of the request is already '{subject.LocalId}'."));
            }

            Subject(errors, path, subject, now);
        }
    }

    private static void Subject(List<FieldError> errors, string path, SubjectBody subject, DateTimeOffset now)
    {
        switch (subject.Kind)
        {
            case null:
                errors.Add(Error($"{path}.kind", RequestErrorCodes.Required, "A subject is a Person or a LegalEntity."));
                break;
            case SubjectKind.Person when subject.Person is null:
                errors.Add(Error($"{path}.person", RequestErrorCodes.Required, "A subject of kind Person needs 'person'."));
                break;
            case SubjectKind.LegalEntity when subject.LegalEntity is null:
                errors.Add(Error($"{path}.legalEntity", RequestErrorCodes.Required, "A subject of kind LegalEntity needs 'legalEntity'."));
                break;
        }

        if (subject.Kind == SubjectKind.Person && subject.LegalEntity is not null)
        {
            errors.Add(Error($"{path}.legalEntity", RequestErrorCodes.InvalidValue, "A subject of kind Person has no 'legalEntity'."));
        }

        if (subject.Kind == SubjectKind.LegalEntity && subject.Person is not null)
        {
            errors.Add(Error($"{path}.person", RequestErrorCodes.InvalidValue, "A subject of kind LegalEntity has no 'person'."));
        }

        if (subject.Person is { } person)
        {
            Text(errors, $"{path}.person.familyName", person.FamilyName, 200, required: true);
            Text(errors, $"{path}.person.givenNames", person.GivenNames, 200);
            Text(errors, $"{path}.person.placeOfBirth", person.PlaceOfBirth, 200);
            Text(errors, $"{path}.person.occupation", person.Occupation, 200);
            if (person.DateOfBirth is { } born && born > DateOnly.FromDateTime(now.UtcDateTime).AddDays(1))
            {
                errors.Add(Error($"{path}.person.dateOfBirth", RequestErrorCodes.FutureDate, $"{born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is in the future."));
            }

            if ((person.Nationalities?.Count ?? 0) > 10)
            {
                errors.Add(Error($"{path}.person.nationalities", RequestErrorCodes.TooMany, "At most 10 nationalities are allowed."));
            }
        }

        if (subject.LegalEntity is { } entity)
        {
            Text(errors, $"{path}.legalEntity.name", entity.Name, 300, required: true);
            Text(errors, $"{path}.legalEntity.legalForm", entity.LegalForm, 100);
            Text(errors, $"{path}.legalEntity.registrationNumber", entity.RegistrationNumber, 100);
        }

        Identifiers(errors, path, subject.Identifiers);
        Accounts(errors, path, subject.Accounts);
    }

    private static void Identifiers(List<FieldError> errors, string path, IReadOnlyList<Identifier?>? identifiers)
    {
        if ((identifiers?.Count ?? 0) > RequestLimits.IdentifiersPerSubject)
        {
            errors.Add(Error($"{path}.identifiers", RequestErrorCodes.TooMany, $"At most {RequestLimits.IdentifiersPerSubject} identifiers per subject are allowed."));
            return;
        }

        for (var i = 0; i < (identifiers?.Count ?? 0); i++)
        {
            var at = $"{path}.identifiers[{i}]";
            if (identifiers![i] is not { } identifier)
            {
                errors.Add(Error(at, RequestErrorCodes.Required, "An identifier is required here, not null."));
                continue;
            }

            Text(errors, $"{at}.type", identifier.Type, 40, required: true);
            Text(errors, $"{at}.number", identifier.Number, 128, required: true);
            Text(errors, $"{at}.issuingCountry", identifier.IssuingCountry, 2);
        }
    }

    private static void Accounts(List<FieldError> errors, string path, IReadOnlyList<RequestedAccount?>? accounts)
    {
        if ((accounts?.Count ?? 0) > RequestLimits.AccountsPerSubject)
        {
            errors.Add(Error($"{path}.accounts", RequestErrorCodes.TooMany, $"At most {RequestLimits.AccountsPerSubject} accounts per subject are allowed."));
            return;
        }

        for (var i = 0; i < (accounts?.Count ?? 0); i++)
        {
            var at = $"{path}.accounts[{i}]";
            if (accounts![i] is not { } account)
            {
                errors.Add(Error(at, RequestErrorCodes.Required, "An account is required here, not null."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(account.Iban) && string.IsNullOrWhiteSpace(account.AccountNumber))
            {
                errors.Add(Error($"{at}.accountNumber", RequestErrorCodes.Required, "An account needs an 'iban' or an 'accountNumber'."));
            }

            if (!string.IsNullOrWhiteSpace(account.Iban) && IbanNormaliser.Normalise(account.Iban) is null)
            {
                errors.Add(Error($"{at}.iban", RequestErrorCodes.InvalidIban, $"'{account.Iban}' is not a valid IBAN (structure or checksum)."));
            }

            Text(errors, $"{at}.accountNumber", account.AccountNumber, 64);
            if (account.InstitutionBic is { } bic && (bic.Length is not (8 or 11) || !bic.All(char.IsAsciiLetterOrDigit)))
            {
                errors.Add(Error($"{at}.institutionBic", RequestErrorCodes.InvalidFormat, $"'{bic}' is not an 8- or 11-character BIC."));
            }
        }
    }

    private static void Deadline(List<FieldError> errors, DateTimeOffset? deadline, DateTimeOffset now)
    {
        if (deadline is not { } due)
        {
            errors.Add(Error("deadline", RequestErrorCodes.Required, "A request has a deadline (ISO 8601, e.g. 2026-12-01T17:00:00Z)."));
        }
        else if (due <= now)
        {
            errors.Add(Error("deadline", RequestErrorCodes.DeadlinePassed, $"The deadline {Iso(due)} is not in the future."));
        }
        else if (due - now > RequestLimits.LongestDeadline)
        {
            errors.Add(Error("deadline", RequestErrorCodes.DeadlineTooFar, $"The deadline {Iso(due)} is more than {RequestLimits.LongestDeadline.TotalDays:0} days away."));
        }
    }

    /// <summary>Checks a text field; true when it holds a value within bounds.</summary>
    private static bool Text(List<FieldError> errors, string path, string? value, int maxLength, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(Error(path, RequestErrorCodes.Required, "A value is required."));
            }

            return false;
        }

        if (value.Length > maxLength)
        {
            errors.Add(Error(path, RequestErrorCodes.TooLong, $"At most {maxLength} characters are allowed; this value has {value.Length}."));
            return false;
        }

        return true;
    }

    private static string Iso(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    private static FieldError Error(string path, string code, string message) => new() { Path = path, Code = code, Message = message };
}
