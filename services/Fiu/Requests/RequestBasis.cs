using Concord.Contracts.Agreements;
using Concord.Contracts.Filing;
using Concord.Contracts.Requests;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;

namespace Concord.Fiu.Requests;

/// <summary>What a request for information shares with a bank, on which basis, and how a missing basis is explained.</summary>
internal static class RequestBasis
{
    /// <summary>
    /// Asking about a subject can tip the subject off, so a request stays in the bank's organisation (TLP:AMBER+STRICT)
    /// and goes no further.
    /// </summary>
    public const Tlp Marking = Tlp.AmberStrict;

    public const OnwardSharingRule OnwardSharing = OnwardSharingRule.Prohibited;

    public const string ProblemType = "https://concord.dev/problems/no-legal-basis";

    /// <summary>
    /// What a request holds: who the subjects are. Note: the accounts and identifiers that identify a subject travel as
    /// <see cref="DataCategory.SubjectIdentity"/>; the account data a bank holds comes back only in its answer.
    /// </summary>
    public static readonly IReadOnlyList<DataCategory> Categories = [DataCategory.SubjectIdentity];

    /// <summary>The agreement with <paramref name="code"/> in the replica, whatever its status (the decision says whether it is in force).</summary>
    public static AgreementTerms? FindAgreement(AgreementReplica replica, string code) =>
        replica.Agreements.Where(terms => string.Equals(terms.Code, code, StringComparison.Ordinal))
            .OrderByDescending(terms => terms.Status == AgreementStatus.Active).ThenBy(terms => terms.AgreementId)
            .FirstOrDefault();

    /// <summary>The agreement's parties of kind Bank, in a stable order.</summary>
    public static IReadOnlyList<string> Banks(AgreementTerms terms) =>
        [.. terms.Parties.Where(party => party.Kind == OrganisationKind.Bank).Select(party => party.OrganisationId).Order(StringComparer.Ordinal)];

    /// <summary>
    /// May the FIU send the request to <paramref name="bank"/> under <paramref name="terms"/> now? On a permit, the
    /// envelope the bank's copy travels under (retention and marking as the agreement sets them).
    /// </summary>
    public static (Decision Decision, SharingEnvelope? Envelope) Decide(LegalBasisGuard guard, AgreementTerms terms, string fiu, string bank, string bankReference, DateTimeOffset now)
    {
        var draft = new SharingEnvelope
        {
            AgreementId = terms.AgreementId,
            AgreementVersion = terms.Version,
            LegalGateway = terms.LegalGateways.Count > 0 ? terms.LegalGateways[0] : "",
            Purpose = Purpose.InformationRequest,
            DataCategories = Categories,
            Originator = fiu,
            Sender = fiu,
            Recipients = [bank],
            Handling = new Handling { Marking = Marking, OnwardSharing = OnwardSharing },
            // Note: the shortest retention there is, so the guard's check that the envelope keeps the data no longer than
            // the agreement allows always passes; the permit then says how long the bank may keep it.
            RetainUntil = now,
            Lineage = [bankReference],
        };
        var decision = guard.Decide(draft, AccessAction.Share, fiu, bank);
        return decision.IsPermitted
            ? (decision, draft with
            {
                AgreementVersion = decision.AgreementVersion,
                Handling = draft.Handling with { Marking = decision.Obligations.Marking },
                RetainUntil = decision.Obligations.RetainUntil,
            })
            : (decision, null);
    }

    /// <summary>One error per reason, at the bank's place in the request, naming the bank and the agreement.</summary>
    public static IEnumerable<FieldError> Errors(string path, string fiu, string bank, string agreement, Decision decision) =>
        decision.Reasons.Split().Select(reason => new FieldError
        {
            Path = path,
            Code = reason.Code(),
            Message = $"No legal basis for {fiu} to ask {bank} under {agreement}: {reason.Describe()}",
        });

    /// <summary>The categories an answer holds: who the subjects are, and whatever its details carry.</summary>
    public static IReadOnlyList<DataCategory> CategoriesOf(IEnumerable<SubjectAnswer> answers)
    {
        var details = answers.Select(answer => answer.Details).Where(details => details is not null).ToList();
        var categories = new List<DataCategory>(4) { DataCategory.SubjectIdentity };
        if (details.Any(d => d!.Accounts is { Count: > 0 }))
        {
            categories.Add(DataCategory.AccountData);
        }

        if (details.Any(d => d!.Transactions is { Count: > 0 }))
        {
            categories.Add(DataCategory.TransactionData);
        }

        if (details.Any(d => !string.IsNullOrWhiteSpace(d!.Narrative)))
        {
            categories.Add(DataCategory.Narrative);
        }

        return categories;
    }
}
