using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Decisions;
using CsCheck;
using Xunit;

namespace Concord.LegalBasis.Tests.Decisions;

/// <summary>
/// For random agreements and random requests, the decision point agrees with a plain reading of the agreement: nothing
/// is permitted that no flow covers, and nothing a flow covers is refused.
/// </summary>
public sealed class DecisionPointProperties
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, OrganisationKind> Organisations = new(StringComparer.Ordinal)
    {
        ["bank-a"] = OrganisationKind.Bank,
        ["bank-b"] = OrganisationKind.Bank,
        ["bank-c"] = OrganisationKind.Bank,
        ["fiu-x"] = OrganisationKind.Fiu,
        ["police-y"] = OrganisationKind.LawEnforcement,
        ["prosecutor-z"] = OrganisationKind.Prosecutor,
        ["oversight-w"] = OrganisationKind.Oversight,
    };

    private static readonly string[] Names = [.. Organisations.Keys];
    private static readonly string[] Gateways = ["GB-POCA-330", "GB-CCA-7", "EU-AMLR-75"];

    private static readonly Gen<FlowParty> GenFlowParty =
        Gen.OneOf<FlowParty>(Gen.OneOf(Names).Select(name => new FlowParty { OrganisationId = name }), Gen.Enum<OrganisationKind>().Select(kind => new FlowParty { Kind = kind }));

    private static readonly Gen<AgreementFlow> GenFlow =
        from source in GenFlowParty
        from target in GenFlowParty
        from purposes in Gen.Int[1, (1 << Enum.GetValues<Purpose>().Length) - 1]
        from categories in Gen.Int[1, (1 << Enum.GetValues<DataCategory>().Length) - 1]
        from marking in Gen.Enum<Tlp>()
        from onward in Gen.Enum<OnwardSharingRule>()
        from days in Gen.Int[1, 3650]
        select new AgreementFlow
        {
            From = source,
            To = target,
            Purposes = [.. Enum.GetValues<Purpose>().Where(purpose => (purposes & (1 << (int)purpose)) != 0)],
            Categories = [.. ((DataCategorySet)categories).ToCategories()],
            MaxMarking = marking,
            OnwardSharing = onward,
            RetentionDays = days,
        };

    // Note: biased towards agreements that can permit (active, every organisation a party, every gateway cited), so
    // that permits are common enough for the properties to say something.
    private static readonly Gen<AgreementTerms> GenAgreement =
        from parties in Gen.OneOf(Gen.Const((1 << Names.Length) - 1), Gen.Int[0, (1 << Names.Length) - 1])
        from gateways in Gen.OneOf(Gen.Const((1 << Gateways.Length) - 1), Gen.Int[0, (1 << Gateways.Length) - 1])
        from status in Gen.OneOf(Gen.Const(AgreementStatus.Active), Gen.Enum<AgreementStatus>())
        from startDays in Gen.Int[-10, 3]
        from endDays in Gen.Int[-10, 400]
        from flows in GenFlow.Array[0, 8]
        select new AgreementTerms
        {
            AgreementId = Guid.NewGuid(),
            Version = 1,
            Code = "AGR-RANDOM",
            Title = "random",
            Kind = AgreementKind.Partnership,
            Status = status,
            Parties = [.. Names.Where((_, i) => (parties & (1 << i)) != 0).Select(name => new AgreementParty { OrganisationId = name, Kind = Organisations[name] })],
            LegalGateways = [.. Gateways.Where((_, i) => (gateways & (1 << i)) != 0)],
            ValidFrom = Now.AddDays(startDays),
            ValidUntil = Now.AddDays(endDays),
            Flows = flows,
        };

    private static readonly Gen<string> GenOrganisation = Gen.OneOf<string>([.. Names, "outsider"]);

    private static readonly Gen<(AgreementTerms Agreement, AccessRequest Request)> GenCase =
        from agreement in GenAgreement
        from sender in GenOrganisation
        from recipient in GenOrganisation
        from action in Gen.Enum<AccessAction>()
        from gateway in Gen.OneOf<string?>([.. Gateways, .. Gateways, "US-BSA-5318G", null])
        from purpose in Gen.Enum<Purpose>()
        from categories in Gen.Int[0, (1 << Enum.GetValues<DataCategory>().Length) - 1]
        from marking in Gen.Enum<Tlp>()
        from onward in Gen.Enum<OnwardSharingRule>()
        from fromFlow in Gen.Int[0, 99]
        select (agreement, FromFlow(agreement, fromFlow, new AccessRequest
        {
            Actor = action == AccessAction.Share ? sender : recipient,
            Action = action,
            Sender = sender,
            Recipient = recipient,
            Originator = sender,
            AgreementId = agreement.AgreementId,
            LegalGateway = gateway,
            Purpose = purpose,
            Categories = (DataCategorySet)categories,
            Marking = marking,
            OnwardSharing = onward,
            At = Now,
        }));

    /// <summary>
    /// Two times in three, the request's ends, purpose and categories are taken from one of the agreement's flows (the
    /// marking stays random), so that most requests come close to a permit and the edges are crossed often.
    /// </summary>
    private static AccessRequest FromFlow(AgreementTerms agreement, int pick, AccessRequest request)
    {
        if (pick % 3 == 0 || agreement.Flows.Count == 0)
        {
            return request;
        }

        var flow = agreement.Flows[pick % agreement.Flows.Count];
        var sender = flow.From.OrganisationId ?? Names.First(name => Organisations[name] == flow.From.Kind);
        var recipient = flow.To.OrganisationId ?? Names.First(name => Organisations[name] == flow.To.Kind);
        var categories = request.Categories & flow.Categories.ToSet();
        return request with
        {
            Actor = request.Action == AccessAction.Share ? sender : recipient,
            Sender = sender,
            Recipient = recipient,
            Originator = sender,
            Purpose = flow.Purposes[pick % flow.Purposes.Count],
            Categories = categories == DataCategorySet.None ? flow.Categories.ToSet() : categories,
        };
    }

    [Fact]
    public void Decide_ForRandomAgreementsAndRequests_PermitsExactlyWhatAFlowCovers()
    {
        var permits = 0;
        GenCase.Sample(sample =>
        {
            var (agreement, request) = sample;
            var decision = DecisionPoint.Decide(new AgreementReplica([agreement], [], Now), TimeSpan.FromMinutes(5), request);

            Assert.Equal(Covered(agreement, request), decision.IsPermitted);
            if (decision.IsPermitted)
            {
                Interlocked.Increment(ref permits);
            }
        }, iter: 20_000);

        // Note: a property over requests that are all denied would say nothing about permits.
        Assert.InRange(permits, 500, 19_500);
    }

    [Fact]
    public void Decide_ForRandomRequests_NeverPermitsARecipientOutsideTheFlows()
    {
        GenCase.Sample(sample =>
        {
            var (agreement, request) = sample;
            var decision = DecisionPoint.Decide(new AgreementReplica([agreement], [], Now), TimeSpan.FromMinutes(5), request);

            var recipientInSomeFlow = Organisations.TryGetValue(request.Recipient, out var kind)
                && agreement.Parties.Any(party => party.OrganisationId == request.Recipient)
                && agreement.Flows.Any(flow => flow.To.OrganisationId == request.Recipient || (flow.To.OrganisationId is null && flow.To.Kind == kind));
            Assert.True(!decision.IsPermitted || recipientInSomeFlow);
        }, iter: 20_000);
    }

    [Fact]
    public void Decide_WhenTheReplicaIsStale_NeverPermits()
    {
        GenCase.Sample(sample =>
        {
            var (agreement, request) = sample;
            var replica = new AgreementReplica([agreement], [], Now.AddMinutes(-6));

            Assert.Equal(DenyReasons.ReplicaStale, DecisionPoint.Decide(replica, TimeSpan.FromMinutes(5), request).Reasons);
        }, iter: 2_000);
    }

    /// <summary>The agreement read plainly, with LINQ over its terms rather than the decision point's index.</summary>
    private static bool Covered(AgreementTerms agreement, AccessRequest request)
    {
        var party = agreement.Parties.ToDictionary(p => p.OrganisationId, p => p.Kind);
        return agreement.Status == AgreementStatus.Active
            && agreement.ValidFrom <= request.At && request.At < agreement.ValidUntil
            && request.LegalGateway is not null && agreement.LegalGateways.Contains(request.LegalGateway)
            && request.Categories != DataCategorySet.None
            && party.TryGetValue(request.Sender, out var senderKind)
            && party.TryGetValue(request.Recipient, out var recipientKind)
            && agreement.Flows.Any(flow =>
                (flow.From.OrganisationId == request.Sender || (flow.From.OrganisationId is null && flow.From.Kind == senderKind))
                && (flow.To.OrganisationId == request.Recipient || (flow.To.OrganisationId is null && flow.To.Kind == recipientKind))
                && flow.Purposes.Contains(request.Purpose)
                && request.Categories.ToCategories().All(flow.Categories.Contains)
                && request.Marking <= flow.MaxMarking
                && (request.Marking != Tlp.Red || flow.To.OrganisationId is not null));
    }
}
