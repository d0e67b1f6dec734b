using Concord.Contracts.Sharing;
using Concord.LegalBasis.Decisions;

namespace Concord.Cases.Domain;

/// <summary>
/// Who may read an intelligence item, as a pure function of one replica at one moment. An organisation sees an item
/// iff it is the item's originator, or its holder (the organisation that received or wrote it), or the decision point
/// permits the holder to pass it to that organisation under the case's agreement for one of the case's purposes
/// (Investigation, Prosecution, AssetRecovery) with the item's categories, marking, onward-sharing rule and originator
/// — with, when the rule asks for it, a valid consent of the originator for that organisation and purpose.
/// </summary>
public static class ItemVisibility
{
    /// <summary>The purposes a task force's case serves, in the order they are tried.</summary>
    public static readonly IReadOnlyList<Purpose> CasePurposes = [Purpose.Investigation, Purpose.Prosecution, Purpose.AssetRecovery];

    public static bool Sees(AgreementReplica replica, TimeSpan maxStaleness, Guid caseAgreementId, CaseItem item, string reader, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(replica);
        ArgumentNullException.ThrowIfNull(item);
        if (string.IsNullOrEmpty(reader))
        {
            return false;
        }

        if (string.Equals(reader, item.Originator, StringComparison.Ordinal) || string.Equals(reader, item.Holder, StringComparison.Ordinal))
        {
            return true;
        }

        // Note: only the case's own agreement can carry the item to another member; an item held under another is
        // nobody else's to see.
        if (item.AgreementId != caseAgreementId || !item.Categories.TryToSet(out var categories) || categories == DataCategorySet.None)
        {
            return false;
        }

        foreach (var purpose in CasePurposes)
        {
            var request = HolderPasses(item, caseAgreementId, reader, purpose, Consent(replica, item.Originator, reader, purpose, at), at);
            if (DecisionPoint.Decide(replica, maxStaleness, request).IsPermitted)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The question this filter asks the decision point: may the item's holder pass it to <paramref name="reader"/> for <paramref name="purpose"/>, citing <paramref name="consentId"/>?</summary>
    public static AccessRequest HolderPasses(CaseItem item, Guid caseAgreementId, string reader, Purpose purpose, Guid? consentId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new AccessRequest
        {
            Actor = item.Holder,
            Action = AccessAction.Share,
            Sender = item.Holder,
            Recipient = reader,
            Originator = item.Originator,
            AgreementId = caseAgreementId,
            LegalGateway = item.LegalGateway,
            Purpose = purpose,
            Categories = item.Categories.TryToSet(out var categories) ? categories : DataCategorySet.None,
            Marking = item.Marking,
            OnwardSharing = item.OnwardSharing,
            ConsentId = consentId,
            At = at,
        };
    }

    /// <summary>A consent of <paramref name="originator"/> for <paramref name="reader"/> and <paramref name="purpose"/> valid at <paramref name="at"/>, if any.</summary>
    private static Guid? Consent(AgreementReplica replica, string originator, string reader, Purpose purpose, DateTimeOffset at) =>
        replica.Consents.FirstOrDefault(consent =>
            string.Equals(consent.Originator, originator, StringComparison.Ordinal)
            && string.Equals(consent.Recipient, reader, StringComparison.Ordinal)
            && consent.Purpose == purpose && at >= consent.GrantedAt && at < consent.ExpiresAt
            && (consent.RevokedAt is not { } revoked || at < revoked))?.ConsentId;
}
