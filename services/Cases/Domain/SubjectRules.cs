using Concord.Contracts.Filing;
using Concord.Contracts.Requests;

namespace Concord.Cases.Domain;

/// <summary>The checks on the subjects of a production request: every error at once, each at its JSON path.</summary>
internal static class SubjectRules
{
    public static void Validate(List<FieldError> errors, IReadOnlyList<RequestedSubject?>? subjects, DateTimeOffset at)
    {
        if (subjects is not { Count: > 0 })
        {
            errors.Add(CaseValidation.Error("subjects", CaseErrorCodes.Required, "A production request names at least one subject."));
            return;
        }

        if (subjects.Count > CaseLimits.SubjectsPerRequest)
        {
            errors.Add(CaseValidation.Error("subjects", CaseErrorCodes.TooMany, $"A production request names at most {CaseLimits.SubjectsPerRequest} subjects; this one names {subjects.Count}."));
            return;
        }

        var localIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < subjects.Count; i++)
        {
            var path = $"subjects[{i}]";
            if (subjects[i] is not { } subject)
            {
                errors.Add(CaseValidation.Error(path, CaseErrorCodes.Required, "A subject is required here, not null."));
                continue;
            }

            if (Optional(errors, $"{path}.localId", subject.LocalId, 32, required: true) && !localIds.Add(subject.LocalId))
            {
                errors.Add(CaseValidation.Error($"{path}.localId", CaseErrorCodes.Duplicate, $"Another subject of the request is already '{subject.LocalId}'."));
            }

            Subject(errors, path, subject, at);
        }
    }

    private static void Subject(List<FieldError> errors, string path, RequestedSubject subject, DateTimeOffset at)
    {
        if (!Enum.IsDefined(subject.Kind))
        {
            errors.Add(CaseValidation.Error($"{path}.kind", CaseErrorCodes.InvalidValue, "A subject is a Person or a LegalEntity."));
        }
        else if (subject.Kind == SubjectKind.Person && (subject.Person is null || subject.LegalEntity is not null))
        {
            errors.Add(CaseValidation.Error($"{path}.person", CaseErrorCodes.Required, "A subject of kind Person has 'person' and no 'legalEntity'."));
        }
        else if (subject.Kind == SubjectKind.LegalEntity && (subject.LegalEntity is null || subject.Person is not null))
        {
            errors.Add(CaseValidation.Error($"{path}.legalEntity", CaseErrorCodes.Required, "A subject of kind LegalEntity has 'legalEntity' and no 'person'."));
        }

        if (subject.Person is { } person)
        {
            Optional(errors, $"{path}.person.familyName", person.FamilyName, 200, required: true);
            Optional(errors, $"{path}.person.givenNames", person.GivenNames, 200);
            if (person.DateOfBirth is { } born && born > DateOnly.FromDateTime(at.UtcDateTime))
            {
                errors.Add(CaseValidation.Error($"{path}.person.dateOfBirth", CaseErrorCodes.InvalidValue, "'dateOfBirth' is not in the future."));
            }
        }

        if (subject.LegalEntity is { } entity)
        {
            Optional(errors, $"{path}.legalEntity.name", entity.Name, 300, required: true);
            Optional(errors, $"{path}.legalEntity.registrationNumber", entity.RegistrationNumber, 100);
        }

        var identifiers = subject.Identifiers ?? [];
        if (identifiers.Count > CaseLimits.IdentifiersPerSubject)
        {
            errors.Add(CaseValidation.Error($"{path}.identifiers", CaseErrorCodes.TooMany, $"At most {CaseLimits.IdentifiersPerSubject} identifiers per subject are allowed."));
        }
        else
        {
            for (var i = 0; i < identifiers.Count; i++)
            {
                Optional(errors, $"{path}.identifiers[{i}].type", identifiers[i]?.Type, 40, required: true);
                Optional(errors, $"{path}.identifiers[{i}].number", identifiers[i]?.Number, 128, required: true);
            }
        }

        var accounts = subject.Accounts ?? [];
        if (accounts.Count > CaseLimits.AccountsPerSubject)
        {
            errors.Add(CaseValidation.Error($"{path}.accounts", CaseErrorCodes.TooMany, $"At most {CaseLimits.AccountsPerSubject} accounts per subject are allowed."));
            return;
        }

        for (var i = 0; i < accounts.Count; i++)
        {
            if (accounts[i] is not { } account || (string.IsNullOrWhiteSpace(account.Iban) && string.IsNullOrWhiteSpace(account.AccountNumber)))
            {
                errors.Add(CaseValidation.Error($"{path}.accounts[{i}]", CaseErrorCodes.Required, "An account has an 'iban' or an 'accountNumber'."));
                continue;
            }

            Optional(errors, $"{path}.accounts[{i}].iban", account.Iban, 34);
            Optional(errors, $"{path}.accounts[{i}].accountNumber", account.AccountNumber, 64);
        }
    }

    /// <summary>A text at most <paramref name="maxLength"/> long; required or not. True when it is present and valid.</summary>
    private static bool Optional(List<FieldError> errors, string path, string? value, int maxLength, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(CaseValidation.Error(path, CaseErrorCodes.Required, $"'{path}' is required."));
            }

            return false;
        }

        if (value.Length > maxLength)
        {
            errors.Add(CaseValidation.Error(path, CaseErrorCodes.TooLong, $"At most {maxLength} characters are allowed."));
            return false;
        }

        return true;
    }
}
