using Concord.Cases.Domain;
using Concord.Contracts.Sharing;
using Xunit;

namespace Concord.Cases.Tests.Domain;

/// <summary>The decider's rules for passing an item on: who may ask, for whom, and how the originator's answer is applied.</summary>
public sealed class CaseDeciderOnwardShareTests
{
    private static readonly CaseActor Fiu = new("fiu-system", "fiu-gb");

    [Fact]
    public void RequestOnwardShare_ToAMemberOrganisation_RecordsTheRequestAwaitingConsent()
    {
        var (state, item) = WithDissemination();

        var after = Cases.Run(state, Cases.Lead, Request(item.ItemId));

        var share = Assert.Single(after.OnwardShares.Values);
        Assert.Equal((item.ItemId, "fiu-gb", "cps-demo", Purpose.Prosecution), (share.ItemId, share.Originator, share.Recipient, share.Purpose));
        Assert.Equal(("alice", "police-ecu"), (share.RequestedBy, share.RequestedByOrganisation));
        Assert.Equal(OnwardShareStatus.AwaitingConsent, share.StatusAt(Cases.At));
    }

    [Fact]
    public void RequestOnwardShare_WhenInvalid_IsRefusedWithEveryFieldError()
    {
        var (state, item) = WithDissemination();

        var decision = CaseDecider.Decide(state, Request(item.ItemId) with
        {
            RecipientOrganisationId = "bank-beta", Purpose = Purpose.SuspicionReporting, Justification = " ", RequestedUntil = Cases.At.AddDays(-1),
        }, Cases.Lead, Cases.At);
        var missing = CaseDecider.Decide(state, Request(item.ItemId) with { RecipientOrganisationId = null, Purpose = null, RequestedUntil = Cases.At.AddDays(400) }, Cases.Lead, Cases.At);

        Assert.Equal(RejectionKind.Invalid, decision.Rejection!.Kind);
        Assert.Equal(["recipientOrganisationId", "purpose", "justification", "requestedUntil"], decision.Rejection.Errors.Select(e => e.Path));
        Assert.Equal(CaseErrorCodes.RecipientNotMember, decision.Rejection.Code);
        Assert.Equal([CaseErrorCodes.Required, CaseErrorCodes.Required, CaseErrorCodes.InvalidValue], missing.Rejection!.Errors.Select(e => e.Code));
    }

    [Fact]
    public void RequestOnwardShare_WhileOneForTheSameRecipientAndPurposeAwaitsAnswer_IsAConflict()
    {
        var (state, item) = WithDissemination();
        state = Cases.Run(state, Cases.Lead, Request(item.ItemId));

        var again = CaseDecider.Decide(state, Request(item.ItemId), Cases.Lead, Cases.At);
        var otherPurpose = CaseDecider.Decide(state, Request(item.ItemId) with { Purpose = Purpose.AssetRecovery }, Cases.Lead, Cases.At);

        Assert.Equal((RejectionKind.Conflict, CaseErrorCodes.OnwardShareAlreadyRequested), (again.Rejection!.Kind, again.Rejection.Code));
        Assert.True(otherPurpose.IsAccepted);
    }

    [Fact]
    public void RequestOnwardShare_AfterARefusal_MayBeAskedAgain()
    {
        var (state, item) = WithDissemination();
        var request = Request(item.ItemId);
        state = Cases.Run(state, Cases.Lead, request);
        state = Cases.Run(state, Fiu, Answer(request.ShareId, granted: false));

        Assert.True(CaseDecider.Decide(state, Request(item.ItemId), Cases.Lead, Cases.At).IsAccepted);
    }

    [Fact]
    public void RequestOnwardShare_ByAnObserverOrOfTheCallersOwnItem_IsRefused()
    {
        var (state, item) = WithDissemination();
        var observer = new CaseActor("olga", "fiu-gb");

        var byObserver = CaseDecider.Decide(state, Request(item.ItemId), observer, Cases.At);
        var unknown = CaseDecider.Decide(state, Request(Guid.NewGuid()), Cases.Lead, Cases.At);

        Assert.Equal(CaseErrorCodes.RoleNotPermitted, byObserver.Rejection!.Code);
        Assert.Equal((RejectionKind.NotFound, CaseErrorCodes.ItemNotFound), (unknown.Rejection!.Kind, unknown.Rejection.Code));
        var own = Cases.Run(state, Cases.Lead, new AddItem
        {
            ItemId = Guid.NewGuid(), Kind = ItemKind.Intelligence, Title = "Police intelligence", Text = "Seen at the depot.", Marking = Tlp.Amber,
            OnwardSharing = OnwardSharingRule.WithOriginatorConsent, Categories = [DataCategory.CaseIntelligence], LegalGateway = "g", RetainUntil = Cases.At.AddDays(30),
        });
        var ownItem = own.Items[^1];
        Assert.Equal(CaseErrorCodes.OwnItemNeedsNoConsent, CaseDecider.Decide(own, Request(ownItem.ItemId), Cases.Lead, Cases.At).Rejection!.Code);
    }

    [Fact]
    public void Answer_GrantedByTheOriginator_RecordsTheConsentUntilItExpires()
    {
        var (state, item) = WithDissemination();
        var request = Request(item.ItemId);
        state = Cases.Run(state, Cases.Lead, request);
        var consentId = Guid.NewGuid();

        state = Cases.Run(state, Fiu, Answer(request.ShareId, granted: true, consentId));

        var share = state.OnwardShares[request.ShareId];
        Assert.Equal((consentId, Cases.At.AddDays(30), "fiu-system"), (share.ConsentId!.Value, share.ExpiresAt!.Value, share.AnsweredBy));
        Assert.Equal(OnwardShareStatus.Granted, share.StatusAt(Cases.At.AddDays(29)));
        Assert.Equal(OnwardShareStatus.Expired, share.StatusAt(Cases.At.AddDays(30)));
    }

    [Fact]
    public void Answer_Refused_RecordsTheReason()
    {
        var (state, item) = WithDissemination();
        var request = Request(item.ItemId);
        state = Cases.Run(state, Cases.Lead, request);

        state = Cases.Run(state, Fiu, Answer(request.ShareId, granted: false));

        var share = state.OnwardShares[request.ShareId];
        Assert.Equal((OnwardShareStatus.Refused, "Source protection."), (share.StatusAt(Cases.At), share.RefusalReason));
        Assert.Null(share.ConsentId);
    }

    [Fact]
    public void Answer_FromAnotherOrganisation_Twice_OrForAnUnknownRequest_IsRefused()
    {
        var (state, item) = WithDissemination();
        var request = Request(item.ItemId);
        state = Cases.Run(state, Cases.Lead, request);

        var impostor = CaseDecider.Decide(state, Answer(request.ShareId, granted: true) with { Originator = "bank-alpha" }, new CaseActor("clerk", "bank-alpha"), Cases.At);
        var relayedForAnother = CaseDecider.Decide(state, Answer(request.ShareId, granted: true), new CaseActor("clerk", "bank-alpha"), Cases.At);
        var unknown = CaseDecider.Decide(state, Answer(Guid.NewGuid(), granted: true), Fiu, Cases.At);
        var grantWithoutConsent = CaseDecider.Decide(state, Answer(request.ShareId, granted: true) with { ConsentId = null }, Fiu, Cases.At);
        state = Cases.Run(state, Fiu, Answer(request.ShareId, granted: true));
        var second = CaseDecider.Decide(state, Answer(request.ShareId, granted: false), Fiu, Cases.At);

        Assert.Equal(CaseErrorCodes.NotTheOriginator, impostor.Rejection!.Code);
        Assert.Equal(CaseErrorCodes.NotTheOriginator, relayedForAnother.Rejection!.Code);
        Assert.Equal(CaseErrorCodes.OnwardShareNotFound, unknown.Rejection!.Code);
        Assert.Equal(RejectionKind.Invalid, grantWithoutConsent.Rejection!.Kind);
        Assert.Equal(CaseErrorCodes.OnwardShareAlreadyAnswered, second.Rejection!.Code);
        Assert.True(state.OnwardShares[request.ShareId].Granted);
    }

    private static (CaseState State, CaseItem Item) WithDissemination()
    {
        var state = Cases.Through();
        var item = ItemVisibilityTests.Item(ItemKind.Dissemination, "fiu-gb", "police-ecu", [DataCategory.CaseIntelligence], Tlp.AmberStrict, OnwardSharingRule.WithOriginatorConsent)
            with { DisseminationReference = "DIS-2026-0000000001" };
        state = Cases.Run(state, Cases.Lead, new TakeDissemination { Item = item });
        return (state, state.Items[^1]);
    }

    private static RequestOnwardShare Request(Guid itemId) => new()
    {
        ShareId = Guid.NewGuid(), ItemId = itemId, RecipientOrganisationId = "cps-demo", Purpose = Purpose.Prosecution,
        Justification = "The prosecutor needs the FIU's analysis to advise on charges.", RequestedUntil = Cases.At.AddDays(90),
    };

    private static RecordOnwardShareAnswer Answer(Guid shareId, bool granted, Guid? consentId = null) => new()
    {
        ShareId = shareId, Originator = "fiu-gb", Granted = granted, ConsentId = granted ? consentId ?? Guid.NewGuid() : null,
        ExpiresAt = granted ? Cases.At.AddDays(30) : null, Reason = granted ? null : "Source protection.",
    };
}
