using Concord.Cases.Domain;
using Concord.Cases.Persistence;
using Concord.Contracts.Agreements;
using Concord.Contracts.Cases;
using Concord.Contracts.Filing;
using Concord.Contracts.Requests;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Reading;
using Concord.ServiceDefaults.Outbox;
using Microsoft.Extensions.Options;

namespace Concord.Cases.Workflow;

/// <summary>
/// Production requests to banks: checked, then decided per bank against the agreements (any denial refuses the whole
/// request, naming the banks and reasons, and stores nothing), then stored as case events with one
/// <see cref="ProductionRequested"/> per bank in the outbox, in one transaction.
/// </summary>
public sealed class ProductionDesk(
    CasesDbContext db, CaseDesk desk, LegalBasisGuard guard, AgreementReplicaHolder agreements, IAuditSink auditSink,
    IOptions<LegalBasisOptions> legalBasis, TimeProvider time)
{
    /// <summary>What a request shares with a bank: who the subjects are and which accounts.</summary>
    public static readonly IReadOnlyList<DataCategory> Categories = [DataCategory.SubjectIdentity, DataCategory.AccountData];

    /// <summary>Asking about a subject can tip them off: a request stays in the bank's organisation, and goes no further.</summary>
    public const Tlp Marking = Tlp.AmberStrict;

    public async Task<DeskResult> RequestAsync(
        Reader caller, Guid caseId, IReadOnlyList<string?>? banks, string? description, IReadOnlyList<RequestedSubject?>? subjects, string? legalInstrument,
        DateTimeOffset? deadline, CancellationToken cancellationToken)
    {
        if (await desk.FindAsync(caller, caseId, cancellationToken) is not { } state)
        {
            return DeskResult.NotFound();
        }

        var at = time.GetUtcNow();
        var actor = CaseDesk.Actor(caller);
        var targets = (banks ?? []).Select(bank => new ProductionRequestTarget(Guid.CreateVersion7(at), RandomReference.New(RandomReference.ProductionRequest, at), bank?.Trim() ?? "")).ToList();
        var command = new RequestProduction { Targets = targets, Description = description ?? "", Subjects = subjects ?? [], LegalInstrument = legalInstrument, Deadline = deadline };
        // Note: the request itself first (the decider refuses a bad one with every field error), then the basis for each bank.
        if (CaseDecider.Decide(state, command, actor, at).Rejection is { } rejection)
        {
            return DeskResult.Refused(rejection);
        }

        var (agreement, unknown) = TaskForce.Get(agreements.Current, legalBasis.Value.MaxReplicaStaleness, state.AgreementId, at);
        if (agreement is null)
        {
            return DeskResult.Refused(unknown!);
        }

        var envelopes = new Dictionary<Guid, SharingEnvelope>();
        var refused = new List<FieldError>();
        var decisions = new List<AuditRecord>();
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            var (decision, envelope) = Decide(agreement, caller.Organisation, target, at);
            decisions.Add(DecisionAudit.Record(decision, caller.Actor, "send ProductionRequested", target.BankOrganisationId, $"production-request:{target.Reference}", at, [target.Reference]));
            if (envelope is not null)
            {
                envelopes[target.ProductionRequestId] = envelope;
            }
            else
            {
                refused.AddRange(decision.Reasons.Split().Select(reason => new FieldError
                {
                    Path = $"bankOrganisationIds[{i}]", Code = reason.Code(),
                    Message = $"No legal basis for {caller.Organisation} to ask {target.BankOrganisationId} under {agreement.Code}: {reason.Describe()}",
                }));
            }
        }

        if (refused.Count > 0)
        {
            // Note: the refusal is audited on its own (nothing else is stored); the permits too, since they were decided.
            await auditSink.AppendAsync(decisions, cancellationToken);
            return DeskResult.Refused(new CaseRejection
            {
                Kind = RejectionKind.Forbidden,
                Errors = [CaseValidation.Error("bankOrganisationIds", CaseErrorCodes.NoLegalBasis, "The agreement does not let the request go to every bank named; nothing was sent."), .. refused],
            });
        }

        return await desk.ExecuteAsync(state, [command], actor, at, cancellationToken, (next, audit, _) =>
        {
            audit.AddRange(decisions);
            foreach (var target in targets)
            {
                var sent = next.ProductionRequests[target.ProductionRequestId];
                db.AddOutboxMessage(new ProductionRequested
                {
                    ProductionRequestId = sent.ProductionRequestId, RequestReference = sent.Reference, BankOrganisationId = sent.BankOrganisationId,
                    Description = sent.Description, Subjects = sent.Subjects, LegalInstrument = sent.LegalInstrument, Deadline = sent.Deadline,
                    RequestedBy = caller.Organisation, RequestedByPerson = actor.PersonId, RequestedAt = at, Envelope = envelopes[target.ProductionRequestId],
                }, at);
            }

            return Task.FromResult<CaseRejection?>(null);
        });
    }

    /// <summary>May the caller's organisation ask the bank under the case's agreement now? On a permit, the envelope the bank's copy travels under.</summary>
    private (Decision Decision, SharingEnvelope? Envelope) Decide(AgreementTerms agreement, string requester, ProductionRequestTarget target, DateTimeOffset at)
    {
        var decision = Decision.Deny(DenyReasons.NoLegalGateway, agreement.AgreementId, agreement.Version);
        foreach (var gateway in agreement.LegalGateways.DefaultIfEmpty(""))
        {
            var draft = new SharingEnvelope
            {
                AgreementId = agreement.AgreementId, AgreementVersion = agreement.Version, LegalGateway = gateway, Purpose = Purpose.Investigation,
                DataCategories = Categories, Originator = requester, Sender = requester, Recipients = [target.BankOrganisationId],
                Handling = new Handling { Marking = Marking, OnwardSharing = OnwardSharingRule.Prohibited },
                // Note: the shortest retention there is, so the guard's retention check passes; the permit says how long the bank may keep it.
                RetainUntil = at, Lineage = [target.Reference],
            };
            decision = guard.Decide(draft, AccessAction.Share, requester, target.BankOrganisationId);
            if (decision.IsPermitted)
            {
                return (decision, draft with
                {
                    AgreementVersion = decision.AgreementVersion, Handling = draft.Handling with { Marking = decision.Obligations.Marking }, RetainUntil = decision.Obligations.RetainUntil,
                });
            }
        }

        return (decision, null);
    }
}
