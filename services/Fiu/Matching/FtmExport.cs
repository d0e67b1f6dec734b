using System.Globalization;
using System.Text;
using System.Text.Json;
using Concord.Contracts.Filing;

namespace Concord.Fiu.Matching;

/// <summary>
/// A report network as FollowTheMoney entities, one JSON object per line: each subject a <c>Person</c> or
/// <c>Company</c>; each account a <c>BankAccount</c> with an <c>Ownership</c> from each holder; each counterparty that
/// is not a subject a <c>LegalEntity</c> (a <c>Company</c> when its name ends in a legal form), with its account;
/// each transaction between a holder and a counterparty a <c>Payment</c>; each link between two reports an
/// <c>UnknownLink</c> whose role says what they share. A transaction with one known side only (a cash deposit) has no
/// payer or beneficiary to name and is left out.
/// </summary>
internal static class FtmExport
{
    public const string ContentType = "application/x-ndjson";

    public static string Write(NetworkSnapshot snapshot)
    {
        var entities = new List<FtmEntity>();
        var holders = new Dictionary<(Guid Report, string Holder), string>();
        foreach (var network in snapshot.Reports)
        {
            AddReport(network, entities, holders);
        }

        foreach (var link in snapshot.Links)
        {
            if (holders.TryGetValue((link.ReportId, link.Holder), out var subject) && holders.TryGetValue((link.LinkedReportId, link.LinkedHolder), out var target))
            {
                var role = link.Score is { } score
                    ? string.Create(CultureInfo.InvariantCulture, $"Similar {(link.Kind == IdentifierKind.PersonName ? "person" : "entity")} name (score {score:0.00}): {link.Display} ~ {link.LinkedDisplay}")
                    : $"Shared {link.Kind}: {link.Display}";
                entities.Add(new FtmEntity(FtmEntity.IdFor(link.ReportId, $"link:{link.Id}"), "UnknownLink")
                    .Add("subject", subject).Add("object", target).Add("role", role)
                    .Add("date", link.LinkedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }
        }

        var output = new StringBuilder();
        using var buffer = new MemoryStream();
        foreach (var entity in entities)
        {
            buffer.SetLength(0);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                entity.Write(writer);
            }

            output.Append(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).Append('\n');
        }

        return output.ToString();
    }

    private static void AddReport(NetworkReport network, List<FtmEntity> entities, Dictionary<(Guid, string), string> holders)
    {
        var id = network.Received.Id;
        var report = network.Report;
        var source = $"Concord report {network.Received.ConcordReference} ({network.Received.FiuReference}), filed by {network.Received.BankOrganisationId}";
        foreach (var subject in report.Subjects ?? [])
        {
            var entity = Subject(id, subject, source);
            entities.Add(entity);
            holders[(id, subject.LocalId)] = entity.Id;
        }

        var accountsByIban = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var account in report.Accounts ?? [])
        {
            var entity = new FtmEntity(FtmEntity.IdFor(id, $"account:{account.LocalId}"), "BankAccount")
                .Add("iban", IbanNormaliser.Normalise(account.Iban) ?? account.Iban).Add("accountNumber", account.AccountNumber)
                .Add("bankName", account.InstitutionName).Add("bic", account.InstitutionBic).Add("currency", account.Currency)
                .Add("openingDate", Date(account.OpenedOn)).Add("closingDate", Date(account.ClosedOn)).Add("notes", $"{source}; account {account.LocalId}");
            entities.Add(entity);
            holders[(id, account.LocalId)] = entity.Id;
            if (IbanNormaliser.Normalise(account.Iban) is { } iban)
            {
                accountsByIban.TryAdd(iban, entity.Id);
            }

            foreach (var holder in account.HolderSubjectIds ?? [])
            {
                if (holders.TryGetValue((id, holder), out var owner))
                {
                    entities.Add(Ownership(id, owner, entity.Id, $"{account.LocalId}:{holder}"));
                }
            }
        }

        var transactions = report.Transactions ?? [];
        var counterparties = new Dictionary<string, (string Entity, string? Account)>(StringComparer.Ordinal);
        for (var i = 0; i < transactions.Count; i++)
        {
            if (transactions[i]?.Counterparty is not { } counterparty)
            {
                continue;
            }

            var path = $"transactions[{i}].counterparty";
            var (party, partyAccount) = Counterparty(id, path, counterparty, source, entities, holders, accountsByIban, counterparties);
            holders[(id, path)] = party;
            if (Payment(id, i, transactions[i], report, holders, party, partyAccount) is { } payment)
            {
                entities.Add(payment);
            }
        }
    }

    private static FtmEntity Subject(Guid reportId, Subject subject, string source)
    {
        var person = subject.Person;
        var entity = new FtmEntity(FtmEntity.IdFor(reportId, $"subject:{subject.LocalId}"), person is null ? "Company" : "Person");
        if (person is not null)
        {
            entity.Add("name", $"{person.GivenNames} {person.FamilyName}".Trim()).Add("firstName", person.GivenNames).Add("lastName", person.FamilyName)
                .Add("birthDate", Date(person.DateOfBirth));
            foreach (var nationality in person.Nationalities ?? [])
            {
                entity.Add("nationality", nationality.ToLowerInvariant());
            }
        }

        if (subject.LegalEntity is { } company)
        {
            entity.Add("name", company.Name).Add("registrationNumber", company.RegistrationNumber).Add("jurisdiction", company.RegistrationCountry?.ToLowerInvariant())
                .Add("legalForm", company.LegalForm).Add("incorporationDate", Date(company.IncorporatedOn));
        }

        foreach (var identifier in subject.Identifiers ?? [])
        {
            var type = IdentifierText.TypeCode(identifier.Type);
            var property = type switch
            {
                "lei" or "leicode" or "legalentityidentifier" => "leiCode",
                "companyregistration" or "registrationnumber" or "companynumber" or "registration" => "registrationNumber",
                "taxid" or "taxnumber" or "tin" => "taxNumber",
                _ when type.StartsWith("crypto", StringComparison.Ordinal) || type.StartsWith("wallet", StringComparison.Ordinal) => "notes",
                _ => "idNumber",
            };
            entity.Add(property, property == "notes" ? $"Crypto address {identifier.Number}" : identifier.Number);
        }

        foreach (var phone in subject.Phones ?? [])
        {
            entity.Add("phone", ContactNormaliser.Phone(phone.Number, subject.Addresses is { Count: > 0 } addresses ? addresses[0].Country : null) ?? phone.Number);
        }

        foreach (var email in subject.Emails ?? [])
        {
            entity.Add("email", email);
        }

        foreach (var address in subject.Addresses ?? [])
        {
            entity.Add("address", string.Join(", ", new[] { address.Line1, address.Line2, address.PostalCode, address.City, address.Country }.Where(p => !string.IsNullOrWhiteSpace(p))));
        }

        return entity.Add("notes", $"{source}; subject {subject.LocalId}{(subject.Role is null ? "" : $" ({subject.Role})")}");
    }

    /// <summary>The entity and account of a counterparty: the subject it names, or an entity of its own (one per distinct counterparty in the report).</summary>
    private static (string Entity, string? Account) Counterparty(
        Guid reportId, string path, Counterparty counterparty, string source, List<FtmEntity> entities,
        Dictionary<(Guid, string), string> holders, Dictionary<string, string> accountsByIban, Dictionary<string, (string, string?)> seen)
    {
        var iban = IbanNormaliser.Normalise(counterparty.Iban);
        var key = $"{counterparty.SubjectId}|{counterparty.Name}|{iban ?? counterparty.Iban}|{counterparty.AccountNumber}|{counterparty.InstitutionName}";
        if (seen.TryGetValue(key, out var known))
        {
            return known;
        }

        string party;
        if (counterparty.SubjectId is not null && holders.TryGetValue((reportId, counterparty.SubjectId), out var subject))
        {
            party = subject;
        }
        else
        {
            var entity = new FtmEntity(FtmEntity.IdFor(reportId, $"counterparty:{path}"), NameNormaliser.HasLegalForm(counterparty.Name) ? "Company" : "LegalEntity")
                .Add("name", counterparty.Name ?? counterparty.Iban ?? counterparty.AccountNumber).Add("country", counterparty.Country?.ToLowerInvariant())
                .Add("notes", $"{source}; counterparty of {path[..path.IndexOf('.', StringComparison.Ordinal)]}");
            entities.Add(entity);
            party = entity.Id;
        }

        string? account = null;
        if (iban is not null && accountsByIban.TryGetValue(iban, out var existing))
        {
            account = existing;
        }
        else if (iban is not null || !string.IsNullOrWhiteSpace(counterparty.AccountNumber))
        {
            var entity = new FtmEntity(FtmEntity.IdFor(reportId, $"counterparty-account:{path}"), "BankAccount")
                .Add("iban", iban ?? counterparty.Iban).Add("accountNumber", counterparty.AccountNumber).Add("bankName", counterparty.InstitutionName)
                .Add("notes", $"{source}; account of the counterparty of {path[..path.IndexOf('.', StringComparison.Ordinal)]}");
            entities.Add(entity);
            entities.Add(Ownership(reportId, party, entity.Id, path));
            account = entity.Id;
            if (iban is not null)
            {
                accountsByIban[iban] = entity.Id;
            }
        }

        seen[key] = (party, account);
        return (party, account);
    }

    /// <summary>A payment between the holder of the transaction's account and its counterparty; null when either side is unknown.</summary>
    private static FtmEntity? Payment(Guid reportId, int index, Transaction transaction, SuspiciousActivityReport report, Dictionary<(Guid, string), string> holders, string party, string? partyAccount)
    {
        var account = report.Accounts?.FirstOrDefault(a => a.LocalId == transaction.AccountId);
        if (account is null || !holders.TryGetValue((reportId, account.LocalId), out var accountEntity)
            || (account.HolderSubjectIds ?? []).Select(h => holders.GetValueOrDefault((reportId, h))).FirstOrDefault(h => h is not null) is not { } holder)
        {
            return null;
        }

        var outgoing = transaction.Direction == TransactionDirection.Outgoing;
        return new FtmEntity(FtmEntity.IdFor(reportId, $"payment:{index}"), "Payment")
            .Add("payer", outgoing ? holder : party).Add("payerAccount", outgoing ? accountEntity : partyAccount)
            .Add("beneficiary", outgoing ? party : holder).Add("beneficiaryAccount", outgoing ? partyAccount : accountEntity)
            .Add("amount", transaction.Amount.ToString(CultureInfo.InvariantCulture)).Add("currency", transaction.Currency)
            .Add("date", transaction.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Add("transactionNumber", transaction.Reference).Add("purpose", transaction.Description ?? transaction.Channel);
    }

    private static FtmEntity Ownership(Guid reportId, string owner, string asset, string item) =>
        new FtmEntity(FtmEntity.IdFor(reportId, $"ownership:{item}"), "Ownership").Add("owner", owner).Add("asset", asset).Add("role", "Account holder");

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
