using Concord.Contracts.Sharing;
using Concord.LegalBasis.Decisions;

namespace Concord.LegalBasis.Enforcement;

/// <summary>
/// What every enforcement point calls: decides on a sharing envelope for one recipient, at this service's own clock,
/// against its current replica. The envelope comes from a message or a request and is not trusted: anything missing
/// or malformed is a denial, never an exception.
/// </summary>
public sealed class LegalBasisGuard(AgreementReplicaHolder replica, TimeProvider time, TimeSpan maxStaleness)
{
    public TimeSpan MaxStaleness { get; } = maxStaleness > TimeSpan.Zero ? maxStaleness
        : throw new ArgumentOutOfRangeException(nameof(maxStaleness), maxStaleness, "The replica's staleness bound must be positive.");

    /// <summary>May <paramref name="actor"/> do <paramref name="action"/> with the enveloped data, for <paramref name="recipient"/>?</summary>
    public Decision Decide(SharingEnvelope? envelope, AccessAction action, string actor, string recipient)
    {
        if (envelope is null || !TryRequest(envelope, action, actor, recipient, out var request))
        {
            return Decision.Deny(DenyReasons.EnvelopeIncomplete);
        }

        var addressed = envelope.Recipients.Contains(recipient, StringComparer.Ordinal);
        var decision = DecisionPoint.Decide(replica.Current, MaxStaleness, request);
        var reasons = decision.Reasons | (addressed ? DenyReasons.None : DenyReasons.RecipientNotAddressed);
        if (decision.IsPermitted && envelope.RetainUntil > decision.Obligations.RetainUntil)
        {
            reasons |= DenyReasons.RetentionExceedsAgreement;
        }

        return reasons == DenyReasons.None ? decision : Decision.Deny(reasons, decision.AgreementId, decision.AgreementVersion);
    }

    /// <summary>One decision per recipient the envelope addresses, for a sender about to share.</summary>
    public IReadOnlyList<(string Recipient, Decision Decision)> DecideForEachRecipient(SharingEnvelope? envelope, string actor)
    {
        if (envelope?.Recipients is not { Count: > 0 } recipients)
        {
            return [("(no recipient)", Decision.Deny(DenyReasons.EnvelopeIncomplete))];
        }

        return [.. recipients.Distinct(StringComparer.Ordinal).Select(recipient => (recipient, Decide(envelope, AccessAction.Share, actor, recipient)))];
    }

    private bool TryRequest(SharingEnvelope envelope, AccessAction action, string actor, string recipient, out AccessRequest request)
    {
        request = default;
        // Note: required members can still arrive null from JSON; a malformed envelope is refused, not thrown on.
        if (envelope.DataCategories is null || envelope.Recipients is null || envelope.Handling is null
            || !envelope.DataCategories.TryToSet(out var categories))
        {
            return false;
        }

        request = new AccessRequest
        {
            Actor = actor,
            Action = action,
            Sender = envelope.Sender,
            Recipient = recipient,
            Originator = envelope.Originator,
            AgreementId = envelope.AgreementId,
            LegalGateway = envelope.LegalGateway,
            Purpose = envelope.Purpose,
            Categories = categories,
            Marking = envelope.Handling.Marking,
            OnwardSharing = envelope.Handling.OnwardSharing,
            ConsentId = envelope.ConsentId,
            At = time.GetUtcNow(),
        };
        return true;
    }
}
