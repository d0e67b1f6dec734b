namespace Concord.LegalBasis.Decisions;

/// <summary>
/// Finds the agreement to cite for an exchange that does not name one yet — e.g. a bank filing with its FIU: the first
/// agreement (by id) both ends are party to that permits it, with its first legal gateway. When none does, the
/// denial that came closest (fewest reasons), so the caller can say what basis is missing.
/// </summary>
public static class BasisFinder
{
    /// <summary>Reasons that say an agreement was never made for this exchange, as against one not in force now.</summary>
    private const DenyReasons Structural = DenyReasons.SenderNotParty | DenyReasons.RecipientNotParty | DenyReasons.NoFlowBetweenParties
        | DenyReasons.PurposeNotCovered | DenyReasons.CategoryNotCovered | DenyReasons.MarkingExceedsAgreement | DenyReasons.LegalGatewayNotInAgreement;

    /// <param name="request">The exchange; its agreement and legal gateway are ignored and filled in.</param>
    public static (Decision Decision, AccessRequest Request) Find(AgreementReplica replica, TimeSpan maxStaleness, in AccessRequest request)
    {
        ArgumentNullException.ThrowIfNull(replica);
        // Note: staleness is no agreement's fault; say so rather than "no agreement".
        if (request.At - replica.CurrentAsOf > maxStaleness)
        {
            return (Decision.Deny(DenyReasons.ReplicaStale), request);
        }

        var closest = (Decision: Decision.Deny(DenyReasons.NoAgreement), Request: request);
        var fewest = (Structural: int.MaxValue, All: int.MaxValue);
        foreach (var agreement in replica.PartyTo(request.Sender))
        {
            if (!agreement.Parties.ContainsKey(request.Recipient) || agreement.Terms.LegalGateways.Count == 0)
            {
                continue;
            }

            var cited = request with { AgreementId = agreement.Terms.AgreementId, LegalGateway = agreement.Terms.LegalGateways[0] };
            var decision = DecisionPoint.Decide(replica, maxStaleness, cited);
            if (decision.IsPermitted)
            {
                return (decision, cited);
            }

            // Note: an agreement made for this exchange but suspended (or expired, or still a draft) is closer than one
            // that never covered it, however few its reasons: "suspended" is what the bank needs to hear.
            var count = (Structural: System.Numerics.BitOperations.PopCount((ulong)(decision.Reasons & Structural)),
                All: System.Numerics.BitOperations.PopCount((ulong)decision.Reasons));
            if (count.CompareTo(fewest) < 0)
            {
                (closest, fewest) = ((decision, cited), count);
            }
        }

        return closest;
    }
}
