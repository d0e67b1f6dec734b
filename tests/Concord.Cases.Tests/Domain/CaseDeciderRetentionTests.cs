using Concord.Cases.Domain;
using Concord.Contracts.Sharing;
using Xunit;

namespace Concord.Cases.Tests.Domain;

public sealed class CaseDeciderRetentionTests
{
    private static readonly CaseActor Retention = new("retention", "");

    [Fact]
    public void PurgeItem_WhenTheRetentionEnded_RecordsItemPurgedAndTheItemKeepsProvenanceOnly()
    {
        var (state, itemId) = WithNote(Cases.Through());

        var decision = CaseDecider.Decide(state, new PurgeItem { ItemId = itemId }, Retention, Cases.At.AddDays(11));

        var purged = Assert.IsType<ItemPurged>(Assert.Single(decision.Events));
        Assert.Equal((itemId, Cases.At.AddDays(10), "retention"), (purged.ItemId, purged.RetainUntil, purged.By));
        var item = Assert.Single(decision.Events.Aggregate(state, CaseDecider.Evolve).Items);
        Assert.Equal(("", null, 0, Cases.At.AddDays(11)), (item.Title, item.Text, item.Documents.Count, item.PurgedAt));
        Assert.Equal(("police-ecu", Tlp.Amber, CaseAgreements.Id), (item.Originator, item.Marking, item.AgreementId));
    }

    [Fact]
    public void PurgeItem_WhenTheRetentionHasNotEnded_IsRefused()
    {
        var (state, itemId) = WithNote(Cases.Through());

        var decision = CaseDecider.Decide(state, new PurgeItem { ItemId = itemId }, Retention, Cases.At.AddDays(10));

        Assert.Equal(CaseErrorCodes.RetentionNotEnded, decision.Rejection?.Code);
    }

    [Fact]
    public void PurgeItem_Twice_IsRefusedTheSecondTime()
    {
        var (state, itemId) = WithNote(Cases.Through());
        var once = CaseDecider.Decide(state, new PurgeItem { ItemId = itemId }, Retention, Cases.At.AddDays(11)).Events.Aggregate(state, CaseDecider.Evolve);

        var again = CaseDecider.Decide(once, new PurgeItem { ItemId = itemId }, Retention, Cases.At.AddDays(12));

        Assert.Equal(CaseErrorCodes.ItemPurged, again.Rejection?.Code);
    }

    [Fact]
    public void PurgeItem_InAClosedCase_StillPurges()
    {
        var (state, itemId) = WithNote(Cases.Through());
        state = Cases.Run(state, Cases.Lead, new ChangeMilestone { To = CaseMilestone.Closed, Outcome = CaseOutcome.NoFurtherAction, Reason = "Insufficient evidence." });

        var decision = CaseDecider.Decide(state, new PurgeItem { ItemId = itemId }, Retention, Cases.At.AddDays(11));

        Assert.IsType<ItemPurged>(Assert.Single(decision.Events));
    }

    [Fact]
    public void PurgeItem_OfAnUnknownItem_IsRefused()
    {
        var decision = CaseDecider.Decide(Cases.Through(), new PurgeItem { ItemId = Guid.NewGuid() }, Retention, Cases.At.AddDays(11));

        Assert.Equal(CaseErrorCodes.ItemNotFound, decision.Rejection?.Code);
    }

    [Fact]
    public void RequestOnwardShare_OfAPurgedItem_IsRefused()
    {
        var (state, itemId) = WithNote(Cases.Through());
        state = CaseDecider.Decide(state, new PurgeItem { ItemId = itemId }, Retention, Cases.At.AddDays(11)).Events.Aggregate(state, CaseDecider.Evolve);

        var decision = CaseDecider.Decide(state, new RequestOnwardShare
        {
            ShareId = Guid.NewGuid(), ItemId = itemId, RecipientOrganisationId = Cases.Prosecutor.OrganisationId, Purpose = Purpose.Prosecution,
            Justification = "For the charging decision.", RequestedUntil = Cases.At.AddDays(60),
        }, Cases.Lead, Cases.At.AddDays(11));

        Assert.Equal(CaseErrorCodes.ItemPurged, decision.Rejection?.Code);
    }

    private static (CaseState State, Guid ItemId) WithNote(CaseState state)
    {
        var itemId = Guid.NewGuid();
        return (Cases.Run(state, Cases.Lead, new AddItem
        {
            ItemId = itemId, Kind = ItemKind.Note, Title = "Meeting with the bank", Text = "The account holder is a front.", Marking = Tlp.Amber,
            OnwardSharing = OnwardSharingRule.WithinAgreement, Categories = [DataCategory.CaseIntelligence], LegalGateway = "GB-CCA-7", RetainUntil = Cases.At.AddDays(10),
        }), itemId);
    }
}
