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

    /// <summary>
    /// Returns once the replica is current enough to decide on: a message that arrives while it is not (the service is
    /// starting, or the Agreements service is out of reach) waits, unprocessed and unacknowledged, instead of being
    /// refused for a fault that is not its own.
    /// </summary>
    public Task WhenCurrentAsync(CancellationToken cancellationToken) => replica.WhenCurrentAsync(MaxStaleness, time, cancellationToken);

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

    /// <summary>
    /// For an exchange that names no agreement yet (a bank filing with its FIU): the agreement and legal gateway that
    /// permit it, as the envelope to send it under — or the denial that came closest, to say which basis is missing.
    /// </summary>
    public (Decision Decision, SharingEnvelope? Envelope) FindBasis(
        string sender, string recipient, Purpose purpose, IReadOnlyList<DataCategory> categories, Tlp marking, OnwardSharingRule onwardSharing, IReadOnlyList<string> lineage)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var request = new AccessRequest
        {
            Actor = sender,
            Action = AccessAction.Share,
            Sender = sender,
            Recipient = recipient,
            Originator = sender,
            AgreementId = Guid.Empty,
            LegalGateway = "",
            Purpose = purpose,
            Categories = categories.ToSet(),
            Marking = marking,
            OnwardSharing = onwardSharing,
            At = time.GetUtcNow(),
        };
        var (decision, cited) = BasisFinder.Find(replica.Current, MaxStaleness, request);
        if (!decision.IsPermitted)
        {
            return (decision, null);
        }

        return (decision, new SharingEnvelope
        {
            AgreementId = decision.AgreementId,
            AgreementVersion = decision.AgreementVersion,
            LegalGateway = cited.LegalGateway ?? "",
            Purpose = purpose,
            DataCategories = categories,
            Originator = sender,
            Sender = sender,
            Recipients = [recipient],
            Handling = new Handling { Marking = decision.Obligations.Marking, OnwardSharing = onwardSharing },
            RetainUntil = decision.Obligations.RetainUntil,
            Lineage = lineage,
        });
    }

    /// <summary>
    /// The envelope for answering data received under <paramref name="received"/>: from its recipient back to its
    /// sender, under the same agreement and gateway, for <paramref name="purpose"/>, with the retention and marking
    /// the agreement sets. When the agreement does not permit the answer now, the decision says why and the envelope is
    /// the one the answer would travel under (kept until <paramref name="received"/>'s retention), so that an answer
    /// queued now is sent once it is permitted — and never before, because the enforcement point decides again.
    /// </summary>
    public (Decision Decision, SharingEnvelope Envelope) Reply(
        SharingEnvelope received, string replier, Purpose purpose, IReadOnlyList<DataCategory> categories, Tlp marking, OnwardSharingRule onwardSharing, IReadOnlyList<string> lineage)
    {
        ArgumentNullException.ThrowIfNull(received);
        var draft = new SharingEnvelope
        {
            AgreementId = received.AgreementId,
            AgreementVersion = received.AgreementVersion,
            LegalGateway = received.LegalGateway,
            Purpose = purpose,
            DataCategories = categories,
            Originator = replier,
            Sender = replier,
            Recipients = [received.Sender],
            Handling = new Handling { Marking = marking, OnwardSharing = onwardSharing },
            RetainUntil = received.RetainUntil,
            Lineage = lineage,
        };
        var decision = DecisionWithoutRetention(draft, replier, received.Sender);
        return decision.IsPermitted
            ? (decision, draft with { AgreementVersion = decision.AgreementVersion, Handling = draft.Handling with { Marking = decision.Obligations.Marking }, RetainUntil = decision.Obligations.RetainUntil })
            : (decision, draft);
    }

    private Decision DecisionWithoutRetention(SharingEnvelope envelope, string actor, string recipient) =>
        TryRequest(envelope, AccessAction.Share, actor, recipient, out var request)
            ? DecisionPoint.Decide(replica.Current, MaxStaleness, request)
            : Decision.Deny(DenyReasons.EnvelopeIncomplete);

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
