using Concord.Cases.Domain;
using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Decisions;
using Xunit;

namespace Concord.Cases.Tests.Domain;

/// <summary>The read filter of items as a pure function over the task force's agreement and its consents.</summary>
public sealed class ItemVisibilityTests
{
    private static readonly DateTimeOffset At = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Staleness = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData("fiu-gb", true)]
    [InlineData("police-ecu", true)]
    [InlineData("cps-demo", false)]
    [InlineData("bank-alpha", false)]
    [InlineData("bank-beta", false)]
    [InlineData("bank-gamma", false)]
    [InlineData("", false)]
    public void Sees_ADissemination_OnlyItsOriginatorAndHolderWithoutConsent(string reader, bool sees) =>
        Assert.Equal(sees, ItemVisibility.Sees(Replica(), Staleness, CaseAgreements.Id, Dissemination(), reader, At));

    [Fact]
    public void Sees_WhenTheOriginatorConsentedForProsecution_TheProsecutorSeesTheDissemination()
    {
        var replica = Replica(Consent("fiu-gb", "cps-demo", Purpose.Prosecution, At.AddDays(-1), At.AddDays(30)));

        Assert.True(ItemVisibility.Sees(replica, Staleness, CaseAgreements.Id, Dissemination(), "cps-demo", At));
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("revoked")]
    [InlineData("other purpose")]
    [InlineData("other recipient")]
    [InlineData("other originator")]
    public void Sees_WhenTheConsentDoesNotCoverTheRead_IsFalse(string flaw)
    {
        var consent = flaw switch
        {
            "expired" => Consent("fiu-gb", "cps-demo", Purpose.Prosecution, At.AddDays(-30), At.AddDays(-1)),
            "revoked" => Consent("fiu-gb", "cps-demo", Purpose.Prosecution, At.AddDays(-30), At.AddDays(30)) with { RevokedAt = At.AddHours(-1) },
            "other purpose" => Consent("fiu-gb", "cps-demo", Purpose.Feedback, At.AddDays(-1), At.AddDays(30)),
            "other recipient" => Consent("fiu-gb", "bank-alpha", Purpose.Prosecution, At.AddDays(-1), At.AddDays(30)),
            _ => Consent("bank-alpha", "cps-demo", Purpose.Prosecution, At.AddDays(-1), At.AddDays(30)),
        };

        Assert.False(ItemVisibility.Sees(Replica(consent), Staleness, CaseAgreements.Id, Dissemination(), "cps-demo", At));
    }

    [Fact]
    public void Sees_AMembersAmberNote_ABankWhoseInvestigatorsAreVettedSeesItAndOthersDoNot()
    {
        var note = Item(ItemKind.Note, "police-ecu", "police-ecu", [DataCategory.CaseIntelligence], Tlp.Amber, OnwardSharingRule.WithinAgreement);

        Assert.True(ItemVisibility.Sees(Replica(), Staleness, CaseAgreements.Id, note, "bank-alpha", At));
        Assert.True(ItemVisibility.Sees(Replica(), Staleness, CaseAgreements.Id, note, "cps-demo", At));
        Assert.False(ItemVisibility.Sees(Replica(), Staleness, CaseAgreements.Id, note, "bank-gamma", At));
        Assert.False(ItemVisibility.Sees(Replica(), Staleness, CaseAgreements.Id, note, "fiu-gb", At));
    }

    [Fact]
    public void Sees_AMembersNoteMarkedAboveTheFlow_IsHiddenFromTheBank()
    {
        var note = Item(ItemKind.Note, "police-ecu", "police-ecu", [DataCategory.CaseIntelligence], Tlp.AmberStrict, OnwardSharingRule.WithinAgreement);

        Assert.False(ItemVisibility.Sees(Replica(), Staleness, CaseAgreements.Id, note, "bank-alpha", At));
    }

    [Fact]
    public void Sees_ABanksDocuments_NeverAnotherBankEvenWithAConsentForIt()
    {
        var documents = Item(ItemKind.ProducedDocuments, "bank-alpha", "police-ecu", [DataCategory.AccountData, DataCategory.TransactionData], Tlp.AmberStrict, OnwardSharingRule.WithOriginatorConsent);
        var replica = Replica(Consent("bank-alpha", "bank-beta", Purpose.Investigation, At.AddDays(-1), At.AddDays(30)));

        Assert.True(ItemVisibility.Sees(replica, Staleness, CaseAgreements.Id, documents, "bank-alpha", At));
        Assert.True(ItemVisibility.Sees(replica, Staleness, CaseAgreements.Id, documents, "police-ecu", At));
        Assert.False(ItemVisibility.Sees(replica, Staleness, CaseAgreements.Id, documents, "bank-beta", At));
        Assert.False(ItemVisibility.Sees(replica, Staleness, CaseAgreements.Id, documents, "fiu-gb", At));
    }

    [Fact]
    public void Sees_WhenTheReplicaIsStaleOrTheItemIsUnderAnotherAgreement_OnlyOriginatorAndHolder()
    {
        var note = Item(ItemKind.Note, "police-ecu", "police-ecu", [DataCategory.CaseIntelligence], Tlp.Amber, OnwardSharingRule.WithinAgreement);

        Assert.False(ItemVisibility.Sees(Replica(), Staleness, CaseAgreements.Id, note, "bank-alpha", At.AddHours(1)));
        Assert.False(ItemVisibility.Sees(Replica(), Staleness, Guid.NewGuid(), note, "bank-alpha", At));
        Assert.True(ItemVisibility.Sees(Replica(), Staleness, CaseAgreements.Id, note, "police-ecu", At.AddHours(1)));
    }

    [Fact]
    public void Sees_WhenTheAgreementIsSuspended_NoOtherMemberSeesTheItem()
    {
        var note = Item(ItemKind.Note, "police-ecu", "police-ecu", [DataCategory.CaseIntelligence], Tlp.Amber, OnwardSharingRule.WithinAgreement);
        var replica = new AgreementReplica([TaskForceAgreement.Terms() with { Status = AgreementStatus.Suspended }], [], At);

        Assert.False(ItemVisibility.Sees(replica, Staleness, CaseAgreements.Id, note, "bank-alpha", At));
    }

    private static AgreementReplica Replica(params OnwardSharingConsent[] consents) => new(TaskForceAgreement.All(), consents, At);

    private static OnwardSharingConsent Consent(string originator, string recipient, Purpose purpose, DateTimeOffset from, DateTimeOffset until) => new()
    {
        ConsentId = Guid.NewGuid(), Originator = originator, Recipient = recipient, Purpose = purpose, GrantedAt = from, ExpiresAt = until,
    };

    private static CaseItem Dissemination() =>
        Item(ItemKind.Dissemination, "fiu-gb", "police-ecu", [DataCategory.CaseIntelligence, DataCategory.Narrative], Tlp.AmberStrict, OnwardSharingRule.WithOriginatorConsent);

    internal static CaseItem Item(ItemKind kind, string originator, string holder, IReadOnlyList<DataCategory> categories, Tlp marking, OnwardSharingRule onward) => new()
    {
        ItemId = Guid.NewGuid(), Kind = kind, Title = "An item", Text = "Content", Originator = originator, Holder = holder, AgreementId = CaseAgreements.Id,
        LegalGateway = Concord.Testing.DemoPartnership.Gateway, Marking = marking, OnwardSharing = onward, Categories = categories, RetainUntil = At.AddDays(100),
        AddedBy = "someone", AddedByOrganisation = holder, AddedAt = At,
    };
}
