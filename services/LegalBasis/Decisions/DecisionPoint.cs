using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;

namespace Concord.LegalBasis.Decisions;

/// <summary>
/// The policy decision point: a pure function of a replica of the agreements and one request. Deny by default: a
/// permit needs an active agreement in force that cites the legal gateway, has both ends as parties, and a flow from
/// the sender to the recipient covering the purpose, every data category and the marking — and, for data passed on
/// by someone other than its originator, the originator's rule satisfied.
/// </summary>
public static class DecisionPoint
{
    public static Decision Decide(AgreementReplica replica, TimeSpan maxStaleness, in AccessRequest request)
    {
        ArgumentNullException.ThrowIfNull(replica);
        if (request.At - replica.CurrentAsOf > maxStaleness)
        {
            return Decision.Deny(DenyReasons.ReplicaStale);
        }

        if (!IsWellFormed(request))
        {
            return Decision.Deny(DenyReasons.EnvelopeIncomplete);
        }

        if (!replica.TryGet(request.AgreementId, out var agreement))
        {
            return Decision.Deny(DenyReasons.NoAgreement);
        }

        var reasons = StatusReasons(agreement.Terms, request.At);
        if (string.IsNullOrEmpty(request.LegalGateway))
        {
            reasons |= DenyReasons.NoLegalGateway;
        }
        else if (!agreement.LegalGateways.Contains(request.LegalGateway))
        {
            reasons |= DenyReasons.LegalGatewayNotInAgreement;
        }

        var actingEnd = request.Action == AccessAction.Share ? request.Sender : request.Recipient;
        if (!string.Equals(request.Actor, actingEnd, StringComparison.Ordinal))
        {
            reasons |= DenyReasons.ActorNotEntitled;
        }

        if (request.Categories == DataCategorySet.None)
        {
            reasons |= DenyReasons.NoDataCategories;
        }

        CompiledFlow? flow = null;
        var senderIsParty = agreement.Parties.TryGetValue(request.Sender, out var senderKind);
        var recipientIsParty = agreement.Parties.TryGetValue(request.Recipient, out var recipientKind);
        if (!senderIsParty)
        {
            reasons |= DenyReasons.SenderNotParty;
        }

        if (!recipientIsParty)
        {
            reasons |= DenyReasons.RecipientNotParty;
        }
        else if (senderIsParty)
        {
            reasons |= FindFlow(agreement, request, senderKind, recipientKind, out flow);
        }

        if (!string.Equals(request.Originator, request.Sender, StringComparison.Ordinal))
        {
            reasons |= OnwardSharingReasons(replica, agreement, request);
        }

        if (reasons != DenyReasons.None || flow is null)
        {
            return Decision.Deny(reasons == DenyReasons.None ? DenyReasons.NoFlowBetweenParties : reasons, agreement.Terms.AgreementId, agreement.Terms.Version);
        }

        return Decision.Permit(agreement.Terms.AgreementId, agreement.Terms.Version, Obligations(flow, request));
    }

    /// <summary>Every end named, and every coded value one the contracts define (an undefined one could alias a defined one's bit).</summary>
    private static bool IsWellFormed(in AccessRequest request) =>
        !string.IsNullOrEmpty(request.Actor) && !string.IsNullOrEmpty(request.Sender)
        && !string.IsNullOrEmpty(request.Recipient) && !string.IsNullOrEmpty(request.Originator)
        && (uint)request.Action <= (uint)AccessAction.Read
        && (uint)request.Purpose <= (uint)Purpose.Oversight
        && (uint)request.Marking <= (uint)Tlp.Red
        && (uint)request.OnwardSharing <= (uint)OnwardSharingRule.WithinAgreement
        && (request.Categories & ~DataCategories.All) == DataCategorySet.None;

    private static DenyReasons StatusReasons(AgreementTerms terms, DateTimeOffset at) => terms.Status switch
    {
        AgreementStatus.Draft => DenyReasons.AgreementNotApproved,
        AgreementStatus.Suspended => DenyReasons.AgreementSuspended,
        AgreementStatus.Terminated => DenyReasons.AgreementTerminated,
        AgreementStatus.Expired => DenyReasons.AgreementExpired,
        AgreementStatus.Active when at >= terms.ValidUntil => DenyReasons.AgreementExpired,
        AgreementStatus.Active when at < terms.ValidFrom => DenyReasons.AgreementNotYetValid,
        AgreementStatus.Active => DenyReasons.None,
        _ => DenyReasons.AgreementNotApproved,
    };

    /// <summary>
    /// The first flow from the sender to the recipient that covers the whole request; otherwise the reason of the flow
    /// that came closest (no flow at all, then purpose, then categories, then marking).
    /// </summary>
    private static DenyReasons FindFlow(CompiledAgreement agreement, in AccessRequest request, OrganisationKind senderKind, OrganisationKind recipientKind, out CompiledFlow? permitting)
    {
        permitting = null;
        var closest = DenyReasons.NoFlowBetweenParties;
        var flows = agreement.Flows;
        for (var i = 0; i < flows.Length; i++)
        {
            var flow = flows[i];
            if (!flow.From(request.Sender, senderKind) || !flow.To(request.Recipient, recipientKind))
            {
                continue;
            }

            DenyReasons reason;
            if (!flow.Covers(request.Purpose))
            {
                reason = DenyReasons.PurposeNotCovered;
            }
            else if ((flow.Categories & request.Categories) != request.Categories)
            {
                reason = DenyReasons.CategoryNotCovered;
            }
            else if (request.Marking > flow.MaxMarking)
            {
                reason = DenyReasons.MarkingExceedsAgreement;
            }
            else if (request.Marking == Tlp.Red && flow.ToOrganisation is null)
            {
                reason = DenyReasons.RecipientNotNamed;
            }
            else
            {
                permitting = flow;
                return DenyReasons.None;
            }

            // Note: the reasons are ordered from the furthest to the closest to a permit.
            if (reason > closest)
            {
                closest = reason;
            }
        }

        return closest;
    }

    private static DenyReasons OnwardSharingReasons(AgreementReplica replica, CompiledAgreement agreement, in AccessRequest request)
    {
        // Note: AMBER+STRICT and RED stay in the recipient's organisation: only the originator's consent lets them go further.
        var rule = request.Marking >= Tlp.AmberStrict && request.OnwardSharing == OnwardSharingRule.WithinAgreement
            ? OnwardSharingRule.WithOriginatorConsent : request.OnwardSharing;
        switch (rule)
        {
            case OnwardSharingRule.WithinAgreement:
                return agreement.Parties.ContainsKey(request.Originator) ? DenyReasons.None : DenyReasons.OriginatorNotParty;
            case OnwardSharingRule.WithOriginatorConsent:
                if (request.ConsentId is not { } consentId)
                {
                    return DenyReasons.OnwardSharingNeedsConsent;
                }

                return replica.TryGetConsent(consentId, out var consent) && Allows(consent, request) ? DenyReasons.None : DenyReasons.ConsentNotValid;
            default:
                return DenyReasons.OnwardSharingProhibited;
        }
    }

    private static bool Allows(OnwardSharingConsent consent, in AccessRequest request) =>
        string.Equals(consent.Originator, request.Originator, StringComparison.Ordinal)
        && string.Equals(consent.Recipient, request.Recipient, StringComparison.Ordinal)
        && consent.Purpose == request.Purpose
        && request.At >= consent.GrantedAt
        && request.At < consent.ExpiresAt
        && (consent.RevokedAt is not { } revoked || request.At < revoked);

    private static Obligations Obligations(CompiledFlow flow, in AccessRequest request)
    {
        var days = int.MaxValue;
        for (var category = 0; category < flow.RetentionDays.Length; category++)
        {
            if (((int)request.Categories & (1 << category)) != 0 && flow.RetentionDays[category] < days)
            {
                days = flow.RetentionDays[category];
            }
        }

        // Note: AMBER+STRICT and RED stay within the recipient's organisation, whatever the flow would allow.
        var onward = request.Marking >= Tlp.AmberStrict ? OnwardSharingRule.Prohibited
            : (OnwardSharingRule)Math.Min((int)request.OnwardSharing, (int)flow.OnwardSharing);
        return new Obligations(request.At.AddDays(days), request.Marking, onward);
    }
}
