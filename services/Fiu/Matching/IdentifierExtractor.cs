using Concord.Contracts.Filing;

namespace Concord.Fiu.Matching;

/// <summary>
/// Every identifier of a report, normalised, with the subject, account or counterparty it belongs to: subjects' names
/// (with the blocking keys that bring similar names together), identity documents, registration numbers, LEIs, crypto
/// addresses, phones and e-mails; accounts' IBANs and account numbers; counterparties' names, IBANs and account numbers
/// where they are not already the report's own accounts or subjects. A value that does not normalise (an IBAN failing
/// its checksum, a phone number that is none) is left out. Pure: the same report always gives the same list.
/// </summary>
public static class IdentifierExtractor
{
    /// <summary>Name tokens shorter than this make no blocking key: initials bring too many names together.</summary>
    private const int MinimumBlockingToken = 2;

    /// <summary>Entity name tokens shorter than this make no blocking key of their own (the whole name still does).</summary>
    private const int MinimumEntityBlockingToken = 3;

    /// <summary>
    /// The longest value indexed. Note: a value is part of the index's B-tree key, which PostgreSQL caps at about 2.7 KB
    /// a row; a longer one would fail the whole intake batch on every delivery. Nothing that long identifies anyone.
    /// </summary>
    public const int MaxValueLength = 512;

    public static IReadOnlyList<ExtractedIdentifier> Extract(SuspiciousActivityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var found = new Found();
        foreach (var subject in report.Subjects ?? [])
        {
            if (subject is not null)
            {
                AddSubject(found, subject);
            }
        }

        foreach (var account in report.Accounts ?? [])
        {
            if (account is not null)
            {
                AddAccount(found, account.LocalId ?? "", HolderKind.Account, account.Iban, account.AccountNumber, account.InstitutionBic, account.InstitutionName);
            }
        }

        var transactions = report.Transactions ?? [];
        for (var i = 0; i < transactions.Count; i++)
        {
            if (transactions[i]?.Counterparty is { } counterparty)
            {
                AddCounterparty(found, $"transactions[{i}].counterparty", counterparty);
            }
        }

        return found.Items;
    }

    private static void AddSubject(Found found, Subject subject)
    {
        var holder = subject.LocalId ?? "";
        if (subject.Person is { } person)
        {
            var display = $"{person.GivenNames} {person.FamilyName}".Trim();
            AddPersonName(found, holder, HolderKind.Subject, NameNormaliser.Person(person.GivenNames, person.FamilyName), display, person.DateOfBirth);
        }

        if (subject.LegalEntity is { } entity)
        {
            AddEntityName(found, holder, HolderKind.Subject, entity.Name);
            if (DocumentNormaliser.Registration(entity.RegistrationCountry, entity.RegistrationNumber) is { } registration)
            {
                found.Add(new(IdentifierKind.Registration, registration, Join(entity.RegistrationNumber, entity.RegistrationCountry), holder, HolderKind.Subject));
            }
        }

        foreach (var identifier in subject.Identifiers ?? [])
        {
            if (identifier is not null && Identifier(identifier) is { } value)
            {
                found.Add(value with { Holder = holder });
            }
        }

        // Note: a national number is read in the country the subject lives in, else is a national of, else has papers from.
        var region = subject.Addresses?.FirstOrDefault(a => a?.Country is not null)?.Country
            ?? (subject.Person?.Nationalities is { Count: > 0 } nationalities ? nationalities[0] : null)
            ?? subject.LegalEntity?.RegistrationCountry
            ?? subject.Identifiers?.FirstOrDefault(i => i?.IssuingCountry is not null)?.IssuingCountry;
        foreach (var phone in subject.Phones ?? [])
        {
            if (ContactNormaliser.Phone(phone?.Number, region) is { } number)
            {
                found.Add(new(IdentifierKind.Phone, number, phone!.Number.Trim(), holder, HolderKind.Subject));
            }
        }

        foreach (var email in subject.Emails ?? [])
        {
            if (ContactNormaliser.Email(email) is { } address)
            {
                found.Add(new(IdentifierKind.Email, address, email.Trim(), holder, HolderKind.Subject));
            }
        }
    }

    /// <summary>An identifier of a subject by its type: LEI, registration number, crypto address, or an identity document. The holder is set by the caller.</summary>
    private static ExtractedIdentifier? Identifier(Identifier identifier)
    {
        var display = Join(identifier.Number, identifier.IssuingCountry);
        switch (IdentifierText.TypeCode(identifier.Type))
        {
            case "lei" or "leicode" or "legalentityidentifier":
                return LeiNormaliser.Normalise(identifier.Number) is { } lei ? new(IdentifierKind.Lei, lei, identifier.Number.Trim(), "", HolderKind.Subject) : null;
            case "companyregistration" or "registrationnumber" or "companynumber" or "registration":
                return DocumentNormaliser.Registration(identifier.IssuingCountry, identifier.Number) is { } registration
                    ? new(IdentifierKind.Registration, registration, display, "", HolderKind.Subject) : null;
            case "cryptoaddress" or "crypto" or "wallet" or "walletaddress":
                return CryptoNormaliser.Normalise(identifier.Number) is { } address ? new(IdentifierKind.CryptoAddress, address, identifier.Number.Trim(), "", HolderKind.Subject) : null;
            default:
                return DocumentNormaliser.Document(identifier.Type, identifier.IssuingCountry, identifier.Number) is { } document
                    ? new(IdentifierKind.IdentityDocument, document, $"{identifier.Type} {display}", "", HolderKind.Subject) : null;
        }
    }

    private static void AddAccount(Found found, string holder, HolderKind kind, string? iban, string? accountNumber, string? bic, string? institution)
    {
        if (IbanNormaliser.Normalise(iban) is { } validIban && (kind == HolderKind.Account || !found.Has(IdentifierKind.Iban, validIban)))
        {
            found.Add(new(IdentifierKind.Iban, validIban, iban!.Trim(), holder, kind));
        }

        foreach (var value in AccountNormaliser.Normalise(accountNumber, bic, institution))
        {
            if (kind == HolderKind.Account || !found.Has(IdentifierKind.Account, value))
            {
                found.Add(new(IdentifierKind.Account, value, $"{accountNumber!.Trim()} at {institution?.Trim()}{(bic is null ? "" : $" ({bic.Trim()})")}", holder, kind));
            }
        }
    }

    private static void AddCounterparty(Found found, string holder, Counterparty counterparty)
    {
        // Note: a counterparty's IBAN or account that is already one of the report's accounts, or already another
        // counterparty's, is that holder's: indexed once, so a link names one holder.
        AddAccount(found, holder, HolderKind.Counterparty, counterparty.Iban, counterparty.AccountNumber, null, counterparty.InstitutionName);
        if (counterparty.SubjectId is not null || string.IsNullOrWhiteSpace(counterparty.Name))
        {
            return;
        }

        // Note: a counterparty is only a name; one ending in a legal form is a company, matched as one; any other is
        // taken for a person, whose name is indexed for look-ups but, without a date of birth, links nothing.
        if (NameNormaliser.HasLegalForm(counterparty.Name))
        {
            AddEntityName(found, holder, HolderKind.Counterparty, counterparty.Name);
        }
        else
        {
            AddPersonName(found, holder, HolderKind.Counterparty, NameNormaliser.Person(counterparty.Name), counterparty.Name.Trim(), null);
        }
    }

    private static void AddPersonName(Found found, string holder, HolderKind kind, NormalisedName? name, string display, DateOnly? dateOfBirth)
    {
        if (name is null)
        {
            return;
        }

        found.Add(new(IdentifierKind.PersonName, name.Key, display, holder, kind));
        if (dateOfBirth is not { } born)
        {
            return;
        }

        var date = DateOfBirthNormaliser.Normalise(born);
        foreach (var token in name.Tokens.Where(t => t.Length >= MinimumBlockingToken).Distinct(StringComparer.Ordinal))
        {
            found.Add(new(IdentifierKind.NameBlock, $"p:{date}:{token}", display, holder, kind, name.Key));
        }
    }

    private static void AddEntityName(Found found, string holder, HolderKind kind, string? text)
    {
        if (NameNormaliser.Entity(text) is not { } name)
        {
            return;
        }

        var display = text!.Trim();
        found.Add(new(IdentifierKind.EntityName, name.Key, display, holder, kind));
        found.Add(new(IdentifierKind.NameBlock, $"e={name.Key}", display, holder, kind, name.Key));
        foreach (var token in name.Tokens.Where(t => t.Length >= MinimumEntityBlockingToken).Distinct(StringComparer.Ordinal))
        {
            found.Add(new(IdentifierKind.NameBlock, $"e:{token}", display, holder, kind, name.Key));
        }
    }

    private static string Join(string? number, string? country) =>
        string.IsNullOrWhiteSpace(country) ? (number ?? "").Trim() : $"{(number ?? "").Trim()} ({country.Trim()})";

    /// <summary>The identifiers found so far, each (kind, value, holder) once.</summary>
    private sealed class Found
    {
        private readonly HashSet<(IdentifierKind, string, string)> _seen = [];
        private readonly HashSet<(IdentifierKind, string)> _values = [];

        public List<ExtractedIdentifier> Items { get; } = [];

        public bool Has(IdentifierKind kind, string value) => _values.Contains((kind, value));

        public void Add(ExtractedIdentifier identifier)
        {
            if (identifier.Value.Length <= MaxValueLength && _seen.Add((identifier.Kind, identifier.Value, identifier.Holder)))
            {
                _values.Add((identifier.Kind, identifier.Value));
                Items.Add(identifier);
            }
        }
    }
}
