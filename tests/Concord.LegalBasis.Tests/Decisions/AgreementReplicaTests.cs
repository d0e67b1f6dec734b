using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Decisions;
using Xunit;
using static Concord.LegalBasis.Tests.Decisions.PartnershipFixture;

namespace Concord.LegalBasis.Tests.Decisions;

public sealed class AgreementReplicaTests
{
    [Fact]
    public void With_WhenANewerVersionSuspendsTheAgreement_DecisionsDenyFromThen()
    {
        var replica = Replica();

        var suspended = replica.With(Agreement(AgreementStatus.Suspended) with { Version = 2 }, Now);

        Assert.True(Decide(Filing(), replica).IsPermitted);
        Assert.Equal(DenyReasons.AgreementSuspended, Decide(Filing(), suspended).Reasons);
        Assert.Equal(2, Decide(Filing(), suspended).AgreementVersion);
    }

    [Fact]
    public void With_WhenAnOlderVersionArrivesLate_KeepsTheNewer()
    {
        var replica = Replica().With(Agreement(AgreementStatus.Suspended) with { Version = 3 }, Now);

        var late = replica.With(Agreement() with { Version = 2 }, Now);

        Assert.Equal(3, Assert.Single(late.Agreements).Version);
        Assert.False(Decide(Filing(), late).IsPermitted);
    }

    [Fact]
    public void With_WhenASuspensionAndItsResumptionArriveOutOfOrder_TheLaterRevisionStands()
    {
        var resumed = Agreement() with { Revision = 8 };
        var suspended = Agreement(AgreementStatus.Suspended) with { Revision = 7 };

        var replica = Replica().With(resumed, Now, 8).With(suspended, Now, 7);

        Assert.Equal(8, Assert.Single(replica.Agreements).Revision);
        Assert.True(Decide(Filing(), replica).IsPermitted);
        Assert.Equal(8, replica.Sequence);
    }

    [Fact]
    public void With_AnEventNeverMakesTheReplicaLessCurrentOrMoveItsSequenceBack()
    {
        var replica = new AgreementReplica([Agreement()], [], Now, sequence: 5);

        var changed = replica.With(Agreement(AgreementStatus.Suspended) with { Revision = 6 }, DateTimeOffset.MinValue);

        Assert.Equal(Now, changed.CurrentAsOf);
        Assert.Equal(5, changed.Sequence);
        Assert.Equal(5, changed.ConfirmedAt(Now.AddMinutes(1)).Sequence);
    }

    [Fact]
    public void Constructor_WhenGivenSeveralVersions_KeepsTheLatest()
    {
        var replica = new AgreementReplica([Agreement() with { Version = 2 }, Agreement(AgreementStatus.Terminated) with { Version = 1 }], [], Now);

        Assert.True(Decide(Filing(), replica).IsPermitted);
    }

    [Fact]
    public void With_WhenAConsentIsWithdrawn_TheDisseminationIsDenied()
    {
        var replica = Replica();

        var withdrawn = replica.With(Consent() with { RevokedAt = Now.AddMinutes(-1) }, Now);

        Assert.True(Decide(Dissemination(), replica).IsPermitted);
        Assert.Equal(DenyReasons.ConsentNotValid, Decide(Dissemination(), withdrawn).Reasons);
    }

    [Fact]
    public void With_WhenTheGrantArrivesAfterItsWithdrawal_TheConsentStaysWithdrawn()
    {
        var withdrawn = Replica().With(Consent() with { RevokedAt = Now.AddMinutes(-1) }, Now);

        var late = withdrawn.With(Consent(), Now);

        Assert.Equal(Now.AddMinutes(-1), Assert.Single(late.Consents).RevokedAt);
        Assert.Equal(DenyReasons.ConsentNotValid, Decide(Dissemination(), late).Reasons);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(3_000_000)]
    public void Constructor_WhenARetentionIsOutOfRange_Refuses(int days)
    {
        var agreement = Agreement() with { Flows = [Agreement().Flows[0] with { RetentionDays = days }] };

        Assert.Throws<ArgumentException>(() => new AgreementReplica([agreement], [], Now));
    }

    [Fact]
    public void ConfirmedAt_WhenLater_MovesCurrencyForwardOnly()
    {
        var stale = Replica(currentAsOf: Now.AddHours(-1));

        var confirmed = stale.ConfirmedAt(Now);

        Assert.Equal(Now, confirmed.CurrentAsOf);
        Assert.Same(confirmed, confirmed.ConfirmedAt(Now.AddHours(-2)));
        Assert.True(Decide(Filing(), confirmed).IsPermitted);
    }

    [Fact]
    public void Empty_DeniesEverythingAsStale()
    {
        Assert.Equal(DenyReasons.ReplicaStale, Decide(Filing(), AgreementReplica.Empty).Reasons);
    }

    [Fact]
    public void Constructor_WhenAFlowEndNamesBothOrNeither_Refuses()
    {
        var both = Agreement() with { Flows = [Agreement().Flows[0] with { To = new FlowParty { OrganisationId = "fiu-gb", Kind = OrganisationKind.Fiu } }] };
        var neither = Agreement() with { Flows = [Agreement().Flows[0] with { From = new FlowParty() }] };

        Assert.Throws<ArgumentException>(() => new AgreementReplica([both], [], Now));
        Assert.Throws<ArgumentException>(() => new AgreementReplica([neither], [], Now));
    }
}
