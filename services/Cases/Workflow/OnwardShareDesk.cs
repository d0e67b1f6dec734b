using Concord.Cases.Domain;
using Concord.Cases.Persistence;
using Concord.Contracts.Agreements;
using Concord.Contracts.Filing;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Reading;
using Concord.ServiceDefaults.Outbox;
using Microsoft.Extensions.Options;

namespace Concord.Cases.Workflow;

/// <summary>
/// Passing an item on to another member organisation. The decision point is asked what <see cref="ItemVisibility"/>
/// asks on every read — may the item's holder pass it to the recipient for the purpose — without a consent: when the
/// originator's consent is all that is missing, the request is stored as a case event and sent to the originator
/// through the outbox (<see cref="OnwardSharingConsentRequested"/>) in one transaction; any other denial is refused
/// with its reasons, audited, and nothing is stored.
/// </summary>
public sealed class OnwardShareDesk(
    CasesDbContext db, CaseDesk desk, CaseReading reading, AgreementReplicaHolder agreements, IAuditSink auditSink, IOptions<LegalBasisOptions> legalBasis,
    TimeProvider time)
{
    public async Task<(DeskResult Result, Guid ShareId)> RequestAsync(
        Reader caller, Guid caseId, Guid itemId, string? recipient, Purpose? purpose, string? justification, DateTimeOffset? requestedUntil, CancellationToken cancellationToken)
    {
        if (await desk.FindAsync(caller, caseId, cancellationToken) is not { } state)
        {
            return (DeskResult.NotFound(), Guid.Empty);
        }

        // Note: an item the caller may not see is, to them, no item at all.
        if (reading.Item(state, caller.Organisation, itemId) is not { } item)
        {
            return (DeskResult.Refused(CaseRejection.Of(RejectionKind.NotFound, "itemId", CaseErrorCodes.ItemNotFound, "No such item.")), Guid.Empty);
        }

        var at = time.GetUtcNow();
        var actor = CaseDesk.Actor(caller);
        var command = new RequestOnwardShare
        {
            ShareId = Guid.CreateVersion7(at), ItemId = itemId, RecipientOrganisationId = recipient, Purpose = purpose, Justification = justification,
            RequestedUntil = requestedUntil ?? at.AddDays(CaseLimits.OnwardShareDefaultDays),
        };
        // Note: the request itself first (every field error at once), then what the agreements say.
        if (CaseDecider.Decide(state, command, actor, at).Rejection is { } rejection)
        {
            return (DeskResult.Refused(rejection), Guid.Empty);
        }

        var to = recipient!.Trim();
        if (reading.Sees(state, to)(item))
        {
            return (DeskResult.Refused(CaseRejection.Of(RejectionKind.Conflict, "recipientOrganisationId", CaseErrorCodes.RecipientSeesItem,
                $"{to} sees the item already: there is nothing to pass on.")), Guid.Empty);
        }

        var decision = DecisionPoint.Decide(agreements.Current, legalBasis.Value.MaxReplicaStaleness, ItemVisibility.HolderPasses(item, state.AgreementId, to, purpose!.Value, null, at));
        var lineage = item.Lineage.Prepend($"item:{itemId}").ToList();
        // Note: the question is the holder's (the read filter asks it so); the entry names who asked it.
        var record = DecisionAudit.Record(decision, caller.Actor, $"pass on case item for {purpose}", to, $"item:{itemId}", at, lineage);
        if (decision.Reasons != DenyReasons.OnwardSharingNeedsConsent)
        {
            // Note: the refusal is audited on its own; nothing else is stored.
            await auditSink.AppendAsync([record], cancellationToken);
            return (DeskResult.Refused(Refusal(decision, state.AgreementCode, item.Holder, to, purpose.Value)), Guid.Empty);
        }

        var result = await desk.ExecuteAsync(state, [command], actor, at, cancellationToken, (next, audit, _) =>
        {
            audit.Add(record);
            var share = next.OnwardShares[command.ShareId];
            db.AddOutboxMessage(new OnwardSharingConsentRequested
            {
                RequestId = share.ShareId, Originator = share.Originator, RequestedBy = share.RequestedByOrganisation, RequestedByPerson = share.RequestedBy,
                Recipient = share.Recipient, Purpose = share.Purpose, Subject = Subject(next, item), SubjectReference = SubjectReference(next.CaseId, itemId),
                Justification = share.Justification, RequestedUntil = share.RequestedUntil, RequestedAt = at,
            }, at);
            return Task.FromResult<CaseRejection?>(null);
        });
        return (result, command.ShareId);
    }

    /// <summary>How the Agreements service and the originator know the item: by case, number, kind and marking, never by its content.</summary>
    public static string Subject(CaseState state, CaseItem item)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(item);
        return $"case {state.Reference ?? state.CaseId.ToString()}, item {state.Items.IndexOf(item) + 1} ({item.Kind}, {Marking(item.Marking)})";
    }

    public static string SubjectReference(Guid caseId, Guid itemId) => $"cases:{caseId}:item:{itemId}";

    private static string Marking(Tlp marking) => marking switch
    {
        Tlp.AmberStrict => "TLP:AMBER+STRICT",
        _ => $"TLP:{marking.ToString().ToUpperInvariant()}",
    };

    private static CaseRejection Refusal(Decision decision, string agreementCode, string holder, string recipient, Purpose purpose)
    {
        if (decision.IsPermitted)
        {
            // Note: the holder may pass it on without anyone's consent, so the recipient sees it already (a read a moment ago said otherwise).
            return CaseRejection.Of(RejectionKind.Conflict, "recipientOrganisationId", CaseErrorCodes.RecipientSeesItem, $"{recipient} sees the item already: there is nothing to pass on.");
        }

        if ((decision.Reasons & DenyReasons.ReplicaStale) != 0)
        {
            return CaseRejection.Of(RejectionKind.Conflict, "", CaseErrorCodes.ReplicaStale, "The service's copy of the agreements is out of date; try again shortly.");
        }

        return new CaseRejection
        {
            Kind = RejectionKind.Forbidden,
            Errors =
            [
                CaseValidation.Error("recipientOrganisationId", CaseErrorCodes.NoLegalBasis,
                    $"{agreementCode} does not let {holder} pass the item on to {recipient} for {purpose}, even with the originator's consent; nothing was stored."),
                .. decision.Reasons.Split().Select(reason => new FieldError
                {
                    Path = "recipientOrganisationId", Code = reason.Code(), Message = reason.Describe(),
                }),
            ],
        };
    }
}
