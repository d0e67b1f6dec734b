using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Decisions;
using Xunit;
using static Concord.LegalBasis.Tests.Decisions.PartnershipFixture;

namespace Concord.LegalBasis.Tests.Decisions;

public sealed class DecisionPointTests
{
    /// <summary>One case per way to be denied: the request or the replica, and the reasons expected, exactly.</summary>
    public static TheoryData<string, AccessRequest, AgreementReplica, DenyReasons> Denials() => new()
    {
        { "replica older than allowed", Filing(), Replica(currentAsOf: Now.AddMinutes(-10)), DenyReasons.ReplicaStale },
        { "no sender", Filing() with { Sender = "" }, Replica(), DenyReasons.EnvelopeIncomplete },
        { "no originator", Filing() with { Originator = "" }, Replica(), DenyReasons.EnvelopeIncomplete },
        { "undefined purpose", Filing() with { Purpose = (Purpose)40 }, Replica(), DenyReasons.EnvelopeIncomplete },
        { "undefined marking", Filing() with { Marking = (Tlp)(-1) }, Replica(), DenyReasons.EnvelopeIncomplete },
        { "undefined action", Filing() with { Action = (AccessAction)7 }, Replica(), DenyReasons.EnvelopeIncomplete },
        { "undefined onward rule", Filing() with { OnwardSharing = (OnwardSharingRule)3 }, Replica(), DenyReasons.EnvelopeIncomplete },
        { "undefined category", Filing() with { Categories = (DataCategorySet)(1 << 20) }, Replica(), DenyReasons.EnvelopeIncomplete },
        { "unknown agreement", Filing() with { AgreementId = Guid.NewGuid() }, Replica(), DenyReasons.NoAgreement },
        { "draft", Filing(), Replica(Agreement(AgreementStatus.Draft)), DenyReasons.AgreementNotApproved },
        { "suspended", Filing(), Replica(Agreement(AgreementStatus.Suspended)), DenyReasons.AgreementSuspended },
        { "terminated", Filing(), Replica(Agreement(AgreementStatus.Terminated)), DenyReasons.AgreementTerminated },
        { "expired status", Filing(), Replica(Agreement(AgreementStatus.Expired)), DenyReasons.AgreementExpired },
        { "window ended", Filing(), Replica(Agreement() with { ValidUntil = Now }), DenyReasons.AgreementExpired },
        { "window not begun", Filing(), Replica(Agreement() with { ValidFrom = Now.AddDays(1) }), DenyReasons.AgreementNotYetValid },
        { "no legal gateway", Filing() with { LegalGateway = null }, Replica(), DenyReasons.NoLegalGateway },
        { "gateway of another agreement", Filing() with { LegalGateway = "US-BSA-5318G" }, Replica(), DenyReasons.LegalGatewayNotInAgreement },
        { "files as another bank", Filing() with { Actor = "bank-beta" }, Replica(), DenyReasons.ActorNotEntitled },
        { "the sender receives", Filing() with { Action = AccessAction.Receive }, Replica(), DenyReasons.ActorNotEntitled },
        { "a bank reads the FIU's copy", Filing() with { Action = AccessAction.Read }, Replica(), DenyReasons.ActorNotEntitled },
        { "sender outside", Filing() with { Actor = "bank-gamma", Sender = "bank-gamma", Originator = "bank-gamma" }, Replica(), DenyReasons.SenderNotParty },
        { "recipient outside", Filing() with { Recipient = "fiu-fr" }, Replica(), DenyReasons.RecipientNotParty },
        { "bank to bank", Filing() with { Recipient = "bank-beta" }, Replica(), DenyReasons.NoFlowBetweenParties },
        { "purpose", Filing() with { Purpose = Purpose.Investigation }, Replica(), DenyReasons.PurposeNotCovered },
        { "no categories", Filing() with { Categories = DataCategorySet.None }, Replica(), DenyReasons.NoDataCategories },
        { "category", Filing() with { Categories = DataCategorySet.Narrative | DataCategorySet.CaseIntelligence }, Replica(), DenyReasons.CategoryNotCovered },
        { "marking", Filing() with { Marking = Tlp.AmberStrict }, Replica(), DenyReasons.MarkingExceedsAgreement },
        {
            "RED to a kind of party",
            Dissemination() with { Originator = "fiu-gb", Purpose = Purpose.AssetRecovery, Categories = DataCategorySet.AccountData, Marking = Tlp.Red, ConsentId = null },
            Replica(),
            DenyReasons.RecipientNotNamed
        },
        { "originator prohibits", Dissemination() with { OnwardSharing = OnwardSharingRule.Prohibited }, Replica(), DenyReasons.OnwardSharingProhibited },
        { "no consent", Dissemination() with { ConsentId = null }, Replica(), DenyReasons.OnwardSharingNeedsConsent },
        {
            "AMBER+STRICT passed on within the agreement",
            Dissemination() with { Originator = "bank-beta", OnwardSharing = OnwardSharingRule.WithinAgreement, Marking = Tlp.AmberStrict, ConsentId = null },
            Replica(),
            DenyReasons.OnwardSharingNeedsConsent
        },
        { "unknown consent", Dissemination() with { ConsentId = Guid.NewGuid() }, Replica(), DenyReasons.ConsentNotValid },
        { "expired consent", Dissemination(), Replica(consent: Consent() with { ExpiresAt = Now }), DenyReasons.ConsentNotValid },
        { "withdrawn consent", Dissemination(), Replica(consent: Consent() with { RevokedAt = Now.AddHours(-1) }), DenyReasons.ConsentNotValid },
        { "consent for another recipient", Dissemination(), Replica(consent: Consent() with { Recipient = "fiu-fr" }), DenyReasons.ConsentNotValid },
        { "consent for another purpose", Dissemination(), Replica(consent: Consent() with { Purpose = Purpose.Prosecution }), DenyReasons.ConsentNotValid },
        { "consent by another originator", Dissemination(), Replica(consent: Consent() with { Originator = "bank-beta" }), DenyReasons.ConsentNotValid },
        {
            "within agreement, originator outside",
            Dissemination() with { Originator = "bank-gamma", OnwardSharing = OnwardSharingRule.WithinAgreement, ConsentId = null },
            Replica(),
            DenyReasons.OriginatorNotParty
        },
        {
            "several at once",
            Filing() with { Purpose = Purpose.Analysis, LegalGateway = "EU-AMLR-75" },
            Replica(Agreement(AgreementStatus.Suspended)),
            DenyReasons.AgreementSuspended | DenyReasons.LegalGatewayNotInAgreement | DenyReasons.PurposeNotCovered
        },
    };

    [Theory]
    [MemberData(nameof(Denials))]
    public void Decide_WhenTheBasisFails_DeniesWithExactlyTheReasons(string @case, AccessRequest request, AgreementReplica replica, DenyReasons expected)
    {
        var decision = Decide(request, replica);

        Assert.False(decision.IsPermitted, @case);
        Assert.Equal(expected, decision.Reasons);
        Assert.Equal(default, decision.Obligations);
    }

    /// <summary>The reasons only the guard adds, from the envelope as a whole (see LegalBasisGuardTests).</summary>
    internal const DenyReasons GuardReasons = DenyReasons.RecipientNotAddressed | DenyReasons.RetentionExceedsAgreement;

    [Fact]
    public void Decide_WhenEveryDenyReasonIsCovered_TheTableNamesEachOne()
    {
        var covered = Denials().Select(row => (DenyReasons)row[3]).Aggregate(DenyReasons.None, (all, reasons) => all | reasons);

        Assert.Equal(Enum.GetValues<DenyReasons>().Aggregate(DenyReasons.None, (all, reason) => all | reason) & ~GuardReasons, covered);
    }

    [Fact]
    public void Decision_ByDefault_IsNotAPermit()
    {
        Assert.False(default(Decision).IsPermitted);
    }

    [Fact]
    public void Decide_WhenAFlowCoversTheFiling_PermitsWithTheShortestRetentionOfItsCategories()
    {
        var decision = Decide(Filing());

        Assert.True(decision.IsPermitted);
        Assert.Equal(AgreementId, decision.AgreementId);
        Assert.Equal(1, decision.AgreementVersion);
        // Subject identity and transactions 3,650 days, the narrative 1,825: the item goes when its narrative must.
        Assert.Equal(Now.AddDays(1825), decision.Obligations.RetainUntil);
        Assert.Equal(Tlp.Amber, decision.Obligations.Marking);
        Assert.Equal(OnwardSharingRule.WithinAgreement, decision.Obligations.OnwardSharing);
    }

    [Fact]
    public void Decide_WhenTheRecipientTakesDelivery_PermitsTheRecipientOnly()
    {
        Assert.True(Decide(Filing() with { Actor = "fiu-gb", Action = AccessAction.Receive }).IsPermitted);
        Assert.True(Decide(Filing() with { Actor = "fiu-gb", Action = AccessAction.Read }).IsPermitted);
    }

    [Fact]
    public void Decide_WhenTheOriginatorConsented_PermitsAndKeepsTheStricterOnwardRule()
    {
        var decision = Decide(Dissemination());

        Assert.True(decision.IsPermitted);
        Assert.Equal(Now.AddDays(730), decision.Obligations.RetainUntil);
        Assert.Equal(OnwardSharingRule.WithOriginatorConsent, decision.Obligations.OnwardSharing);
    }

    [Fact]
    public void Decide_WhenDataMayMoveWithinTheAgreementAndItsOriginatorIsAParty_PermitsWithoutConsent()
    {
        var decision = Decide(Dissemination() with { Originator = "bank-beta", OnwardSharing = OnwardSharingRule.WithinAgreement, ConsentId = null });

        Assert.True(decision.IsPermitted);
        // The flow to the police asks for consent beyond it, which is stricter than the data's own rule.
        Assert.Equal(OnwardSharingRule.WithOriginatorConsent, decision.Obligations.OnwardSharing);
    }

    [Theory]
    [InlineData(Tlp.Clear, OnwardSharingRule.WithOriginatorConsent)]
    [InlineData(Tlp.Amber, OnwardSharingRule.WithOriginatorConsent)]
    [InlineData(Tlp.AmberStrict, OnwardSharingRule.Prohibited)]
    [InlineData(Tlp.Red, OnwardSharingRule.Prohibited)]
    public void Decide_WhenMarkedAmberStrictOrRed_ObligesTheRecipientToKeepItInHouse(Tlp marking, OnwardSharingRule expected)
    {
        var decision = Decide(Dissemination() with { Marking = marking });

        Assert.True(decision.IsPermitted);
        Assert.Equal(marking, decision.Obligations.Marking);
        Assert.Equal(expected, decision.Obligations.OnwardSharing);
    }

    [Fact]
    public void Decide_WhenRedGoesToANamedRecipient_Permits()
    {
        Assert.True(Decide(Dissemination() with { Marking = Tlp.Red }).IsPermitted);
    }

    [Fact]
    public void Decide_WhenTheReplicaIsJustWithinItsBound_Permits()
    {
        Assert.True(Decide(Filing(), Replica(currentAsOf: Now - MaxStaleness)).IsPermitted);
        Assert.Equal(DenyReasons.ReplicaStale, Decide(Filing(), Replica(currentAsOf: Now - MaxStaleness - TimeSpan.FromTicks(1))).Reasons);
    }

    [Fact]
    public void Decide_WhenTheWindowHasJustBegun_Permits()
    {
        Assert.True(Decide(Filing(), Replica(Agreement() with { ValidFrom = Now })).IsPermitted);
    }

    [Fact]
    public void Decide_WhenDenied_NamesTheAgreementItDecidedUnder()
    {
        var decision = Decide(Filing() with { Purpose = Purpose.Oversight });

        Assert.Equal(AgreementId, decision.AgreementId);
        Assert.Equal(1, decision.AgreementVersion);
    }
}
