using System.Text.Json;
using Concord.Contracts.Sharing;
using Concord.Fiu.Disseminations;
using Concord.Fiu.Domain;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.ServiceDefaults.Messaging;

namespace Concord.Fiu.Grpc;

/// <summary>
/// Who may see a disseminated report in a task force: the filing bank (its own report), or an organisation the
/// agreement lets the FIU pass the bank's report to for the investigation. A pure decision over what the FIU holds.
/// </summary>
internal static class CaseReportAccess
{
    /// <summary>What a report holds, as the task force receives it.</summary>
    public static readonly IReadOnlyList<DataCategory> Categories =
        [DataCategory.SubjectIdentity, DataCategory.AccountData, DataCategory.TransactionData, DataCategory.Narrative];

    /// <summary>
    /// The decision for <paramref name="reader"/> on <paramref name="report"/>, disseminated by
    /// <paramref name="fiu"/> under <paramref name="dissemination"/>'s agreement; with the marking to apply and until
    /// when the reader may keep it. The FIU must still hold the report under its own basis, whoever reads.
    /// </summary>
    public static (Decision Decision, Tlp Marking, DateTimeOffset RetainUntil) Decide(
        LegalBasisGuard guard, ReceivedReport report, Dissemination dissemination, string fiu, string reader, DateTimeOffset now)
    {
        var received = report.Envelope is null ? null : JsonSerializer.Deserialize<SharingEnvelope>(report.Envelope, ContractJson.Options);
        var held = guard.Decide(received, AccessAction.Read, fiu, fiu);
        if (!held.IsPermitted || received is null)
        {
            return (held.IsPermitted ? Decision.Deny(DenyReasons.EnvelopeIncomplete) : held, default, default);
        }

        var retainUntil = report.RetainUntil ?? received.RetainUntil;
        if (string.Equals(reader, report.BankOrganisationId, StringComparison.Ordinal))
        {
            // Note: the bank's own report: it is the originator, so no agreement is needed for it to see its own data.
            return (held, received.Handling.Marking, retainUntil);
        }

        var draft = new SharingEnvelope
        {
            AgreementId = dissemination.AgreementId,
            AgreementVersion = dissemination.AgreementVersion,
            LegalGateway = dissemination.LegalGateway,
            Purpose = Purpose.Investigation,
            DataCategories = Categories,
            Originator = report.BankOrganisationId,
            Sender = fiu,
            Recipients = [reader],
            // Note: the bank's marking and onward rule as received: the FIU passes the bank's data on, under its rule.
            Handling = received.Handling,
            // Note: the shortest retention there is, so the guard's retention check passes; the permit says how long.
            RetainUntil = now,
            ConsentId = received.ConsentId,
            Lineage = [report.ConcordReference],
        };
        var decision = guard.Decide(draft, AccessAction.Share, fiu, reader);
        return decision.IsPermitted
            ? (decision, decision.Obligations.Marking, decision.Obligations.RetainUntil < retainUntil ? decision.Obligations.RetainUntil : retainUntil)
            : (decision, default, default);
    }
}
