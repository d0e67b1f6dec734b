using System.Net;
using System.Text.Json;
using Concord.Cases.Domain;
using Concord.Cases.Views;
using Concord.Contracts.Agreements;
using Concord.Contracts.Cases;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Concord.Cases.Tests.Integration.TaskForceCalls;

namespace Concord.Cases.Tests.Integration;

/// <summary>
/// Passing the FIU's dissemination item on to the prosecutor: a consent request to the FIU over RabbitMQ, the FIU's answer
/// from the Agreements service (the test's bus), and the prosecutor's view of the item before, during and after the consent.
/// </summary>
public sealed class OnwardShareTests(ConsentHost host) : IClassFixture<ConsentHost>
{
    private const string Justification = "The prosecutor advises on charges and needs the FIU's analysis.";

    [Fact]
    public async Task OnwardShare_GrantedByTheOriginator_LetsTheRecipientReadTheItemUntilTheConsentExpires()
    {
        var (police, prosecutor, opened, item) = await CaseWithDisseminationAsync();
        var path = $"/api/v1/cases/{opened.Id}/items/{item.ItemId}";
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(prosecutor, HttpMethod.Get, path)).Status);

        var share = await RequestAsync(police, opened.Id, item.ItemId);

        Assert.Equal((OnwardShareStatus.AwaitingConsent, "cps-demo", Purpose.Prosecution, "fiu-gb"), (share.Status, share.RecipientOrganisationId, share.Purpose, share.Originator));
        var requested = await host.Bus.WaitForAsync<OnwardSharingConsentRequested>(m => m.RequestId == share.ShareId, "the consent request is published");
        Assert.Equal(("fiu-gb", "police-ecu", "alice", "cps-demo", Purpose.Prosecution), (requested.Originator, requested.RequestedBy, requested.RequestedByPerson, requested.Recipient, requested.Purpose));
        Assert.Equal($"cases:{opened.Id}:item:{item.ItemId}", requested.SubjectReference);
        Assert.Equal($"case {opened.Reference}, item 1 (Dissemination, TLP:AMBER+STRICT)", requested.Subject);
        Assert.Equal((Justification, share.RequestedUntil), (requested.Justification, requested.RequestedUntil));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(prosecutor, HttpMethod.Get, path)).Status);
        Assert.DoesNotContain(await TimelineTypesAsync(prosecutor, opened.Id), type => type.StartsWith("OnwardShare", StringComparison.Ordinal));
        Assert.Contains(nameof(OnwardShareRequested), await TimelineTypesAsync(police, opened.Id));

        var consent = Consent(TimeSpan.FromMinutes(1));
        await host.PublishConsentAsync(consent);
        await using var withdraw = Withdrawing(consent);
        await host.Bus.PublishAsync(Granted(requested, consent));
        await WaitForAnswerAuditAsync(share.ShareId, "");

        Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(prosecutor, HttpMethod.Get, path)).Status);
        var granted = Assert.Single(await SharesAsync(police, opened.Id, item.ItemId));
        Assert.Equal((OnwardShareStatus.Granted, consent.ConsentId, consent.ExpiresAt), (granted.Status, granted.ConsentId, granted.ExpiresAt));
        Assert.Contains(nameof(OnwardShareGranted), await TimelineTypesAsync(prosecutor, opened.Id));

        host.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(prosecutor, HttpMethod.Get, path)).Status);
        Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(police, HttpMethod.Get, path)).Status);
        Assert.Equal(OnwardShareStatus.Expired, Assert.Single(await SharesAsync(police, opened.Id, item.ItemId)).Status);
        Assert.True(await host.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Subject == $"item:{item.ItemId}" && e.Action.StartsWith("pass on case item") && e.Outcome == AuditOutcome.Denied
            && e.Reasons == "onward-sharing-needs-consent")), "the request's decision is audited");
    }

    [Fact]
    public async Task OnwardShare_RefusedByTheOriginator_IsListedWithTheReasonAndTheItemStaysHidden()
    {
        var (police, prosecutor, opened, item) = await CaseWithDisseminationAsync();
        var share = await RequestAsync(police, opened.Id, item.ItemId);
        var requested = await host.Bus.WaitForAsync<OnwardSharingConsentRequested>(m => m.RequestId == share.ShareId, "the consent request is published");

        await host.Bus.PublishAsync(Refused(requested, "Source protection: the analysis names a covert source."));
        await WaitForAnswerAuditAsync(share.ShareId, "");

        var refused = Assert.Single(await SharesAsync(police, opened.Id, item.ItemId));
        Assert.Equal((OnwardShareStatus.Refused, "Source protection: the analysis names a covert source."), (refused.Status, refused.RefusalReason));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(prosecutor, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/items/{item.ItemId}")).Status);
        Assert.Equal(HttpStatusCode.Accepted, (await Api.SendAsync(police, HttpMethod.Post, SharesPath(opened.Id, item.ItemId), Body())).Status);
    }

    [Fact]
    public async Task Answer_FromAnotherOrganisationOrForAnUnknownRequest_IsRefusedAuditedAndNeverApplied()
    {
        var (police, prosecutor, opened, item) = await CaseWithDisseminationAsync();
        var share = await RequestAsync(police, opened.Id, item.ItemId);
        var requested = await host.Bus.WaitForAsync<OnwardSharingConsentRequested>(m => m.RequestId == share.ShareId, "the consent request is published");
        var bankConsent = Consent(TimeSpan.FromDays(1)) with { Originator = "bank-alpha" };
        await host.PublishConsentAsync(bankConsent);
        await using var withdraw = Withdrawing(bankConsent);
        var unknown = Guid.NewGuid();

        await host.Bus.PublishAsync(Granted(requested, bankConsent) with { Originator = "bank-alpha", AnsweredBy = "bank-alpha-clerk" });
        await host.Bus.PublishAsync(Granted(requested, bankConsent) with { RequestId = unknown });
        await host.Bus.PublishAsync(Granted(requested, bankConsent) with { SubjectReference = $"cases:{opened.Id}:item:{Guid.NewGuid()}" });

        await WaitForAnswerAuditAsync(share.ShareId, "not-the-originator");
        await WaitForAnswerAuditAsync(unknown, "share-not-found");
        await WaitForAnswerAuditAsync(share.ShareId, "answer-does-not-match-request");
        Assert.Equal(OnwardShareStatus.AwaitingConsent, Assert.Single(await SharesAsync(police, opened.Id, item.ItemId)).Status);
        Assert.Equal(0, await host.QueryAsync(db => db.Events.CountAsync(e => e.CaseId == opened.Id && e.Type != nameof(OnwardShareRequested) && e.Type.StartsWith("OnwardShare"))));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(prosecutor, HttpMethod.Get, $"/api/v1/cases/{opened.Id}/items/{item.ItemId}")).Status);
    }

    [Fact]
    public async Task Answer_DeliveredAgain_IsAppliedOnce()
    {
        var (police, _, opened, item) = await CaseWithDisseminationAsync();
        var share = await RequestAsync(police, opened.Id, item.ItemId);
        var requested = await host.Bus.WaitForAsync<OnwardSharingConsentRequested>(m => m.RequestId == share.ShareId, "the consent request is published");
        var consent = Consent(TimeSpan.FromDays(30));
        await host.PublishConsentAsync(consent);
        await using var withdraw = Withdrawing(consent);
        var answer = Granted(requested, consent);
        var messageId = Guid.NewGuid();

        await host.Bus.PublishAsync(answer, messageId);
        await WaitForAnswerAuditAsync(share.ShareId, "");
        await host.Bus.PublishAsync(answer, messageId);
        await host.Bus.PublishAsync(answer with { ConsentId = Guid.NewGuid() });
        await WaitForAnswerAuditAsync(share.ShareId, "share-already-answered");

        Assert.Equal(1, await host.QueryAsync(db => db.Events.CountAsync(e => e.CaseId == opened.Id && e.Type == nameof(OnwardShareGranted))));
        Assert.Equal(consent.ConsentId, Assert.Single(await SharesAsync(police, opened.Id, item.ItemId)).ConsentId);
    }

    [Fact]
    public async Task OnwardShare_WhenTheOriginatorProhibitedIt_IsForbiddenWithTheReasonsAndNothingIsStored()
    {
        using var police = host.Person("alice", "police-ecu");
        var opened = await Api.OpenAsync(police);
        await Api.AddMemberAsync(police, opened.Id, "pat", "cps-demo", "Prosecutor");
        await Api.AddMemberAsync(police, opened.Id, "vera", "bank-alpha", "BankInvestigator");
        var made = await RequestProductionAsync(police, opened.Id, "bank-alpha");
        var toAlpha = await host.Bus.WaitForAsync<ProductionRequested>(m => m.ProductionRequestId == made[0].ProductionRequestId, "the request to bank-alpha is published");
        var answer = Answer(toAlpha, "bank-alpha", Document("statements.csv", "date,amount\n2026-01-04,9500.00\n"));
        await host.Bus.PublishAsync(answer with { Envelope = answer.Envelope! with { Handling = answer.Envelope.Handling with { OnwardSharing = OnwardSharingRule.Prohibited } } });
        await Eventually.AssertAsync(async () => (await ItemsAsync(police, opened.Id)).Count == 1, "the bank's documents are an item");
        var item = Assert.Single(await ItemsAsync(police, opened.Id));
        var before = await host.QueryAsync(db => db.Events.CountAsync(e => e.CaseId == opened.Id));

        var prohibited = await Api.SendAsync(police, HttpMethod.Post, SharesPath(opened.Id, item.ItemId), Body());
        var noFlow = await Api.SendAsync(police, HttpMethod.Post, SharesPath(opened.Id, item.ItemId), Body("bank-beta"));

        Assert.Equal((HttpStatusCode.Forbidden, CaseErrorCodes.NoLegalBasis), (prohibited.Status, Api.Code(prohibited.Body)));
        Assert.Contains(prohibited.Body.GetProperty("fieldErrors").EnumerateArray(), e => e.GetProperty("code").GetString() == "onward-sharing-prohibited");
        Assert.Equal(HttpStatusCode.BadRequest, noFlow.Status);
        Assert.Equal(before, await host.QueryAsync(db => db.Events.CountAsync(e => e.CaseId == opened.Id)));
        Assert.False(await host.QueryAsync(db => db.OnwardShares.AnyAsync(s => s.CaseId == opened.Id)));
        Assert.True(await host.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Subject == $"item:{item.ItemId}" && e.Outcome == AuditOutcome.Denied
            && e.Reasons.Contains("onward-sharing-prohibited"))));
    }

    [Fact]
    public async Task OnwardShare_ToABankTheFlowsDoNotCover_IsForbiddenNamingTheReason()
    {
        var (police, _, opened, item) = await CaseWithDisseminationAsync();
        await Api.AddMemberAsync(police, opened.Id, "vera", "bank-alpha", "BankInvestigator");

        var refused = await Api.SendAsync(police, HttpMethod.Post, SharesPath(opened.Id, item.ItemId), new { recipientOrganisationId = "bank-alpha", purpose = "Investigation", justification = Justification });

        Assert.Equal((HttpStatusCode.Forbidden, CaseErrorCodes.NoLegalBasis), (refused.Status, Api.Code(refused.Body)));
        Assert.Contains(refused.Body.GetProperty("fieldErrors").EnumerateArray(), e => e.GetProperty("code").GetString() is "category-not-covered" or "marking-exceeds-agreement");
        Assert.False(await host.QueryAsync(db => db.OnwardShares.AnyAsync(s => s.CaseId == opened.Id)));
    }

    [Fact]
    public async Task OnwardShare_WhenInvalidAlreadyVisibleOrAlreadyAsked_IsRefusedAndStoresNothingMore()
    {
        var (police, _, opened, item) = await CaseWithDisseminationAsync();
        var path = SharesPath(opened.Id, item.ItemId);

        var invalid = await Api.SendAsync(police, HttpMethod.Post, path, new { recipientOrganisationId = "bank-gamma", purpose = "Prosecution", justification = "", requestedUntil = DateTimeOffset.UtcNow.AddDays(-1) });
        var sees = await Api.SendAsync(police, HttpMethod.Post, path, Body("police-ecu"));
        var first = await Api.SendAsync(police, HttpMethod.Post, path, Body());
        var second = await Api.SendAsync(police, HttpMethod.Post, path, Body());

        Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
        Assert.Equal(["recipientOrganisationId", "justification", "requestedUntil"], invalid.Body.GetProperty("fieldErrors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));
        Assert.Equal(CaseErrorCodes.RecipientNotMember, Api.Code(invalid.Body));
        Assert.Equal((HttpStatusCode.Conflict, CaseErrorCodes.RecipientSeesItem), (sees.Status, Api.Code(sees.Body)));
        Assert.Equal(HttpStatusCode.Accepted, first.Status);
        Assert.Equal((HttpStatusCode.Conflict, CaseErrorCodes.OnwardShareAlreadyRequested), (second.Status, Api.Code(second.Body)));
        Assert.Equal(1, await host.QueryAsync(db => db.OnwardShares.CountAsync(s => s.CaseId == opened.Id)));
    }

    [Fact]
    public async Task OnwardShares_OfAnItemTheCallerDoesNotSee_AreNotFoundLikeAnUnknownItem()
    {
        var (police, prosecutor, opened, item) = await CaseWithDisseminationAsync();
        await RequestAsync(police, opened.Id, item.ItemId);
        using var outsider = host.Person("gina", "bank-gamma", "Bank");

        var hiddenPost = await Api.SendAsync(prosecutor, HttpMethod.Post, SharesPath(opened.Id, item.ItemId), Body("police-ecu"));
        var unknownPost = await Api.SendAsync(prosecutor, HttpMethod.Post, SharesPath(opened.Id, Guid.NewGuid()), Body("police-ecu"));
        var hiddenList = await Api.SendAsync(prosecutor, HttpMethod.Get, SharesPath(opened.Id, item.ItemId));
        var outsiderList = await Api.SendAsync(outsider, HttpMethod.Get, SharesPath(opened.Id, item.ItemId));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (hiddenPost.Status, hiddenList.Status, outsiderList.Status));
        Assert.Equal(WithoutTraceId(unknownPost.Body), WithoutTraceId(hiddenPost.Body));
        Assert.Equal(1, await host.QueryAsync(db => db.OnwardShares.CountAsync(s => s.CaseId == opened.Id)));
    }

    private async Task<(HttpClient Police, HttpClient Prosecutor, CaseView Case, ItemSummary Item)> CaseWithDisseminationAsync()
    {
        var police = host.Person("alice", "police-ecu");
        var disseminated = await DisseminateAsync(host, police, "bank-alpha");
        var opened = await OpenFromAsync(police, disseminated.DisseminationReference);
        await Api.AddMemberAsync(police, opened.Id, "pat", "cps-demo", "Prosecutor");
        var prosecutor = host.Person("pat", "cps-demo", "Prosecutor");
        return (police, prosecutor, opened, Assert.Single(await ItemsAsync(police, opened.Id)));
    }

    private static async Task<OnwardShareView> RequestAsync(HttpClient police, Guid caseId, Guid itemId)
    {
        var (status, body) = await Api.SendAsync(police, HttpMethod.Post, SharesPath(caseId, itemId), Body());
        Assert.Equal(HttpStatusCode.Accepted, status);
        return body.Deserialize<OnwardShareView>(Api.Json)!;
    }

    private static async Task<IReadOnlyList<OnwardShareView>> SharesAsync(HttpClient http, Guid caseId, Guid itemId)
    {
        var (status, body) = await Api.SendAsync(http, HttpMethod.Get, SharesPath(caseId, itemId));
        Assert.Equal(HttpStatusCode.OK, status);
        return body.Deserialize<IReadOnlyList<OnwardShareView>>(Api.Json)!;
    }

    private static async Task<IReadOnlyList<string>> TimelineTypesAsync(HttpClient http, Guid caseId)
    {
        var (status, body) = await Api.SendAsync(http, HttpMethod.Get, $"/api/v1/cases/{caseId}/timeline");
        Assert.Equal(HttpStatusCode.OK, status);
        return [.. body.EnumerateArray().Select(entry => entry.GetProperty("type").GetString()!)];
    }

    private Task WaitForAnswerAuditAsync(Guid shareId, string reasons) =>
        Eventually.AssertAsync(() => host.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(e =>
                e.Subject == $"onward-share:{shareId}" && e.Action.StartsWith("apply consent answer") && e.Reasons == reasons
                && e.Outcome == (reasons.Length == 0 ? AuditOutcome.Permitted : AuditOutcome.Denied))),
            $"the answer to {shareId} is audited ({(reasons.Length == 0 ? "applied" : reasons)})");

    private static string SharesPath(Guid caseId, Guid itemId) => $"/api/v1/cases/{caseId}/items/{itemId}/onward-shares";

    private static object Body(string recipient = "cps-demo") => new { recipientOrganisationId = recipient, purpose = "Prosecution", justification = Justification };

    private OnwardSharingConsent Consent(TimeSpan lasting)
    {
        var now = host.Clock.GetUtcNow();
        return new OnwardSharingConsent
        {
            ConsentId = Guid.NewGuid(), Originator = "fiu-gb", Recipient = "cps-demo", Purpose = Purpose.Prosecution, GrantedAt = now.AddSeconds(-1), ExpiresAt = now + lasting,
        };
    }

    /// <summary>Note: a consent covers every item of its originator for its recipient and purpose, so each test withdraws its own at the end.</summary>
    private Withdrawal Withdrawing(OnwardSharingConsent consent) => new(host, consent);

    private OnwardSharingConsentRequestAnswered Granted(OnwardSharingConsentRequested requested, OnwardSharingConsent consent) => new()
    {
        RequestId = requested.RequestId, Originator = requested.Originator, RequestedBy = requested.RequestedBy, SubjectReference = requested.SubjectReference,
        Granted = true, ConsentId = consent.ConsentId, ExpiresAt = consent.ExpiresAt, AnsweredBy = "fiu-gb-system", AnsweredAt = host.Clock.GetUtcNow(),
    };

    private OnwardSharingConsentRequestAnswered Refused(OnwardSharingConsentRequested requested, string reason) => new()
    {
        RequestId = requested.RequestId, Originator = requested.Originator, RequestedBy = requested.RequestedBy, SubjectReference = requested.SubjectReference,
        Granted = false, Reason = reason, AnsweredBy = "fiu-gb-system", AnsweredAt = host.Clock.GetUtcNow(),
    };

    private sealed class Withdrawal(ConsentHost host, OnwardSharingConsent consent) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await host.PublishConsentAsync(consent with { RevokedAt = host.Clock.GetUtcNow() });
    }
}
