using Concord.Contracts.Agreements;
using Concord.LegalBasis.Decisions;
using Xunit;
using static Concord.LegalBasis.Tests.Decisions.PartnershipFixture;

namespace Concord.LegalBasis.Tests.Decisions;

public sealed class BasisFinderTests
{
    private static readonly Guid Statutory = Guid.Parse("0b6f3a52-2f0e-4d1c-9a55-6f1f7d0a0000");

    /// <summary>bank-alpha's statutory duty to report to the FIU, sorting before the partnership agreement.</summary>
    private static AgreementTerms StatutoryFiling(AgreementStatus status = AgreementStatus.Active) => Agreement(status) with
    {
        AgreementId = Statutory,
        Code = "AGR-GB-STAT-ALPHA",
        Kind = AgreementKind.Statutory,
        Parties = [Agreement().Parties[0], Agreement().Parties[2]],
        LegalGateways = ["GB-POCA-330"],
        Flows = [Agreement().Flows[0]],
    };

    private static (Decision Decision, AccessRequest Request) Find(AccessRequest request, params AgreementTerms[] agreements) =>
        BasisFinder.Find(new AgreementReplica(agreements, [], Now.AddMinutes(-1)), MaxStaleness, request);

    [Fact]
    public void Find_WhenAnAgreementCoversTheFiling_CitesItAndItsGateway()
    {
        var (decision, request) = Find(Filing() with { AgreementId = Guid.Empty, LegalGateway = null }, StatutoryFiling(), Agreement());

        Assert.True(decision.IsPermitted);
        Assert.Equal(Statutory, request.AgreementId);
        Assert.Equal("GB-POCA-330", request.LegalGateway);
    }

    [Fact]
    public void Find_WhenTheFirstAgreementIsSuspended_CitesTheNextThatPermits()
    {
        var (decision, request) = Find(Filing(), StatutoryFiling(AgreementStatus.Suspended), Agreement());

        Assert.True(decision.IsPermitted);
        Assert.Equal(AgreementId, request.AgreementId);
    }

    [Fact]
    public void Find_WhenNoneCovers_GivesTheClosestDenial()
    {
        var (decision, _) = Find(Filing(), StatutoryFiling(AgreementStatus.Suspended), Agreement(AgreementStatus.Terminated) with { Flows = [] });

        Assert.Equal(DenyReasons.AgreementSuspended, decision.Reasons);
        Assert.Equal(Statutory, decision.AgreementId);
    }

    [Fact]
    public void Find_WhenTheAgreementForTheExchangeIsSuspended_SaysSoRatherThanCitingAnActiveOneThatNeverCoveredIt()
    {
        // The partnership agreement sorts first and is active, but has no flow for suspicion reporting: one reason, as
        // the suspended statutory agreement has. The bank must hear that its statutory agreement is suspended.
        var partnership = Agreement() with { AgreementId = Guid.Parse("0b6f3a52-2f0e-4d1c-9a55-6f1f7d000000"), Flows = [Agreement().Flows[0] with { Purposes = [Contracts.Sharing.Purpose.InformationRequest] }] };

        var (decision, _) = Find(Filing(), partnership, StatutoryFiling(AgreementStatus.Suspended) with { AgreementId = Guid.Parse("ffffffff-2f0e-4d1c-9a55-6f1f7d0a0000") });

        Assert.Equal(DenyReasons.AgreementSuspended, decision.Reasons);
    }

    [Fact]
    public void Find_WhenTheBankIsPartyToNoAgreementWithTheFiu_SaysThereIsNoAgreement()
    {
        var (decision, _) = Find(Filing() with { Actor = "bank-gamma", Sender = "bank-gamma", Originator = "bank-gamma" }, StatutoryFiling(), Agreement());

        Assert.Equal(DenyReasons.NoAgreement, decision.Reasons);
    }

    [Fact]
    public void Find_WhenTheReplicaIsStale_SaysSo()
    {
        var (decision, _) = BasisFinder.Find(new AgreementReplica([StatutoryFiling()], [], Now.AddHours(-1)), MaxStaleness, Filing());

        Assert.Equal(DenyReasons.ReplicaStale, decision.Reasons);
    }
}
