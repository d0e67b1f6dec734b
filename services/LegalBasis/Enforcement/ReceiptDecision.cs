using Concord.Contracts.Sharing;
using Concord.LegalBasis.Decisions;

namespace Concord.LegalBasis.Enforcement;

internal static class ReceiptDecision
{
    /// <summary>
    /// The decision on receipt, for the filter and for the quarantine's release alike. A service acting for several
    /// organisations takes delivery as the one the envelope addresses; an envelope addressed to none of them is
    /// refused as not addressed, whatever else it says.
    /// </summary>
    public static (string Organisation, Decision Decision) Decide(LegalBasisGuard guard, LegalBasisOptions options, SharingEnvelope? envelope)
    {
        var hosted = options.Hosted;
        var addressed = envelope?.Recipients?.FirstOrDefault(hosted.Contains);
        var organisation = addressed ?? (string.IsNullOrEmpty(options.Organisation) ? hosted.First() : options.Organisation);
        var decision = envelope is null || addressed is not null
            ? guard.Decide(envelope, AccessAction.Receive, organisation, organisation)
            : Decision.Deny(DenyReasons.RecipientNotAddressed);
        return (organisation, decision);
    }
}
