using Concord.Contracts.Filing;

namespace Concord.Fiu.Matching;

/// <summary>
/// An analyst's look-up of a subject identifier, normalised exactly as reports are indexed: the kind, the value, and
/// what some kinds need besides (an account's institution, a document's type, the country a national phone number or a
/// document or registration belongs to). Either the (kind, value) to find, or the field errors.
/// </summary>
public static class SubjectLookup
{
    /// <summary>The kinds an analyst may look up (not the internal blocking keys).</summary>
    public static readonly IReadOnlyList<IdentifierKind> Kinds = [.. Enum.GetValues<IdentifierKind>().Where(k => k != IdentifierKind.NameBlock)];

    public static (IdentifierKind Kind, string Value)? Normalise(
        string? kind, string? value, string? country, string? institution, string? type, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(kind))
        {
            errors.Add(Error("kind", "Required", $"'kind' is required: one of {string.Join(", ", Kinds)}."));
        }
        else if (!Enum.TryParse<IdentifierKind>(kind.Trim(), ignoreCase: true, out var parsed) || parsed == IdentifierKind.NameBlock || !Enum.IsDefined(parsed) || char.IsDigit(kind.Trim()[0]))
        {
            errors.Add(Error("kind", "UnknownKind", $"'{kind}' is not a kind of identifier: one of {string.Join(", ", Kinds)}."));
        }
        else if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(Error("value", "Required", "'value' is required."));
        }
        else
        {
            return Normalise(parsed, value, country, institution, type, errors);
        }

        return null;
    }

    private static (IdentifierKind, string)? Normalise(IdentifierKind kind, string value, string? country, string? institution, string? type, List<FieldError> errors)
    {
        if (country is not null && IdentifierText.Country(country) is null)
        {
            errors.Add(Error("country", "InvalidCountry", $"'{country}' is not an ISO 3166-1 alpha-2 country code."));
            return null;
        }

        string? normalised;
        string code;
        switch (kind)
        {
            case IdentifierKind.PersonName:
                (normalised, code) = (NameNormaliser.Person(value)?.Key, "InvalidName");
                break;
            case IdentifierKind.EntityName:
                (normalised, code) = (NameNormaliser.Entity(value)?.Key, "InvalidName");
                break;
            case IdentifierKind.Iban:
                (normalised, code) = (IbanNormaliser.Normalise(value), "InvalidIban");
                break;
            case IdentifierKind.Account when string.IsNullOrWhiteSpace(institution):
                errors.Add(Error("institution", "Required", "An account number is looked up at its institution: give 'institution', a BIC or the institution's name."));
                return null;
            case IdentifierKind.Account:
                var bank = AccountNormaliser.Bank(institution);
                (normalised, code) = (AccountNormaliser.Normalise(value, bank is null ? null : institution, bank is null ? institution : null) is [var account, ..] ? account : null, "InvalidAccountNumber");
                break;
            case IdentifierKind.IdentityDocument when string.IsNullOrWhiteSpace(type):
                errors.Add(Error("type", "Required", "An identity document is looked up with its type: give 'type' (e.g. Passport) and 'country'."));
                return null;
            case IdentifierKind.IdentityDocument:
                (normalised, code) = (DocumentNormaliser.Document(type, country, value), "InvalidDocumentNumber");
                break;
            case IdentifierKind.Registration:
                (normalised, code) = (DocumentNormaliser.Registration(country, value), "InvalidRegistrationNumber");
                break;
            case IdentifierKind.Lei:
                (normalised, code) = (LeiNormaliser.Normalise(value), "InvalidLei");
                break;
            case IdentifierKind.CryptoAddress:
                (normalised, code) = (CryptoNormaliser.Normalise(value), "InvalidCryptoAddress");
                break;
            case IdentifierKind.Phone:
                (normalised, code) = (ContactNormaliser.Phone(value, country), "InvalidPhone");
                break;
            case IdentifierKind.Email:
                (normalised, code) = (ContactNormaliser.Email(value), "InvalidEmail");
                break;
            default:
                (normalised, code) = (null, "UnknownKind");
                break;
        }

        if (normalised is null)
        {
            errors.Add(Error("value", code, $"'{value}' is not a valid {kind} value{Hint(kind)}."));
            return null;
        }

        return (kind, normalised);
    }

    private static string Hint(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Iban => " (structure, length or mod-97 checksum)",
        IdentifierKind.Lei => " (20 characters with ISO 17442 check digits)",
        IdentifierKind.Phone => " (give an international number, +44…, or a national one with 'country')",
        _ => "",
    };

    private static FieldError Error(string path, string code, string message) => new() { Path = path, Code = code, Message = message };
}
