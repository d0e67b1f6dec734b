using Concord.Cases.Domain;
using Concord.Cases.Persistence;
using Concord.Contracts.Agreements;
using Concord.Contracts.Cases;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Reading;
using Concord.ServiceDefaults.Outbox;
using Microsoft.Extensions.Options;

namespace Concord.Cases.Workflow;

/// <summary>
/// Closing a case reports its outcome, in the transaction that closes it: a <see cref="CaseOutcomeReported"/> to the FIU
/// of each dissemination the case worked from, and a <see cref="CaseOutcomeSharedWithBank"/> to each bank whose reports
/// were in them, naming that bank's reports only — each only where the agreement has a Feedback flow for Outcome from
/// the lead's organisation to it. A recipient without one gets nothing; the timeline and the audit chain say so.
/// </summary>
public sealed class OutcomeDesk(
    CasesDbContext db, CaseDesk desk, LegalBasisGuard guard, AgreementReplicaHolder agreements, IOptions<LegalBasisOptions> legalBasis, TimeProvider time)
{
    public const Tlp Marking = Tlp.Amber;

    public async Task<DeskResult> CloseAsync(Reader caller, Guid caseId, CaseOutcome? outcome, string? reason, CancellationToken cancellationToken)
    {
        if (await desk.FindAsync(caller, caseId, cancellationToken) is not { } state)
        {
            return DeskResult.NotFound();
        }

        var at = time.GetUtcNow();
        var actor = CaseDesk.Actor(caller);
        var reference = state.Reference ?? RandomReference.New(RandomReference.Case, at);
        var close = new ChangeMilestone { To = CaseMilestone.Closed, Outcome = outcome, Reason = reason, Reference = reference };
        // Note: the close itself first, so that a refused one decides nothing about recipients.
        if (CaseDecider.Decide(state, close, actor, at).Rejection is { } rejection)
        {
            return DeskResult.Refused(rejection);
        }

        var (agreement, unknown) = TaskForce.Get(agreements.Current, legalBasis.Value.MaxReplicaStaleness, state.AgreementId, at);
        if (agreement is null)
        {
            return DeskResult.Refused(unknown!);
        }

        var dissemination = state.Items.Where(item => item.Kind == ItemKind.Dissemination).ToList();
        var fius = dissemination.Select(item => item.Originator).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(fiu => (Organisation: fiu, Reports: (IReadOnlyList<DisseminatedReport>)[.. dissemination.SelectMany(item => item.Reports).DistinctBy(r => r.ConcordReference)]));
        var banks = dissemination.SelectMany(item => item.Reports).DistinctBy(report => report.ConcordReference)
            .GroupBy(report => report.BankOrganisationId, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => (Organisation: group.Key, Reports: (IReadOnlyList<DisseminatedReport>)[.. group]));
        var recipients = fius.Select(fiu => (fiu.Organisation, fiu.Reports, IsFiu: true)).Concat(banks.Select(bank => (bank.Organisation, bank.Reports, IsFiu: false))).ToList();

        var decided = recipients.Select(recipient => (recipient.Organisation, recipient.Reports, recipient.IsFiu, Basis: Decide(agreement, caller.Organisation, recipient.Organisation, reference, at))).ToList();
        close = close with
        {
            OutcomeRecipients = [.. decided.Select(r => new OutcomeRecipient(r.Organisation, r.Basis.Envelope is not null, r.Basis.Decision.Reasons.Codes(), [.. r.Reports.Select(report => report.ConcordReference)]))],
        };
        return await desk.ExecuteAsync(state, [close], actor, at, cancellationToken, (next, audit, _) =>
        {
            var milestones = next.History.Select(m => new ReachedMilestone { Milestone = m.Milestone.ToString(), At = m.At }).ToList();
            var kind = Enum.Parse<CaseOutcomeKind>(next.Outcome!.Value.ToString());
            foreach (var (organisation, reports, isFiu, (decision, envelope)) in decided)
            {
                audit.Add(DecisionAudit.Record(decision, caller.Actor, isFiu ? "send CaseOutcomeReported" : "send CaseOutcomeSharedWithBank", organisation, $"case:{next.CaseId}", at, [next.Reference!]));
                if (envelope is null)
                {
                    continue;
                }

                var contributing = reports.Select(r => new ContributingReport { ReportId = r.ReportId, ConcordReference = r.ConcordReference, BankOrganisationId = r.BankOrganisationId }).ToList();
                if (isFiu)
                {
                    db.AddOutboxMessage(new CaseOutcomeReported
                    {
                        OutcomeId = Guid.CreateVersion7(at), CaseReference = next.Reference!, FiuOrganisationId = organisation, Outcome = kind, Summary = next.OutcomeReason!,
                        Milestones = milestones, Reports = contributing,
                        DisseminationReferences = [.. dissemination.Where(item => item.Originator == organisation).Select(item => item.DisseminationReference!)],
                        ReportedBy = caller.Organisation, ClosedAt = at, Envelope = envelope,
                    }, at);
                }
                else
                {
                    db.AddOutboxMessage(new CaseOutcomeSharedWithBank
                    {
                        OutcomeId = Guid.CreateVersion7(at), CaseReference = next.Reference!, BankOrganisationId = organisation, Outcome = kind, Summary = next.OutcomeReason!,
                        Milestones = milestones, Reports = contributing, ReportedBy = caller.Organisation, ClosedAt = at, Envelope = envelope,
                    }, at);
                }
            }

            return Task.FromResult<CaseRejection?>(null);
        });
    }

    /// <summary>May the lead's organisation tell <paramref name="recipient"/> the outcome now? On a permit, the envelope its copy travels under.</summary>
    private (Decision Decision, SharingEnvelope? Envelope) Decide(AgreementTerms agreement, string lead, string recipient, string reference, DateTimeOffset at)
    {
        // Note: a message from an organisation this service does not act for would be refused at the bus for ever.
        if (!legalBasis.Value.Hosted.Contains(lead))
        {
            return (Decision.Deny(DenyReasons.ActorNotEntitled, agreement.AgreementId, agreement.Version), null);
        }

        var decision = Decision.Deny(DenyReasons.NoLegalGateway, agreement.AgreementId, agreement.Version);
        foreach (var gateway in agreement.LegalGateways.DefaultIfEmpty(""))
        {
            var draft = new SharingEnvelope
            {
                AgreementId = agreement.AgreementId, AgreementVersion = agreement.Version, LegalGateway = gateway, Purpose = Purpose.Feedback,
                DataCategories = [DataCategory.Outcome], Originator = lead, Sender = lead, Recipients = [recipient],
                Handling = new Handling { Marking = Marking, OnwardSharing = OnwardSharingRule.Prohibited }, RetainUntil = at, Lineage = [reference],
            };
            decision = guard.Decide(draft, AccessAction.Share, lead, recipient);
            if (decision.IsPermitted)
            {
                return (decision, draft with { AgreementVersion = decision.AgreementVersion, RetainUntil = decision.Obligations.RetainUntil });
            }
        }

        return (decision, null);
    }
}
