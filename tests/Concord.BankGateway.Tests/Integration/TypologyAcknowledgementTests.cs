using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.BankGateway.Persistence;
using Concord.Contracts.Sharing;
using Concord.Contracts.Typologies;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Retention;
using Concord.ServiceDefaults.Outbox;
using Concord.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Concord.BankGateway.Tests.Integration.TypologyInboxTests;
using static Concord.BankGateway.Tests.Integration.TypologyMessages;

namespace Concord.BankGateway.Tests.Integration;

/// <summary>
/// A bank acknowledges the current version of a typology it received, once, and the FIU is told under the agreement the
/// typology came under; the marking is shown and kept; a typology past its retention is purged and the purge audited.
/// </summary>
public sealed class TypologyAcknowledgementTests(TypologyGateway fixture) : IClassFixture<TypologyGateway>
{
    private GatewayNetwork Network => fixture.Network;

    [Fact]
    public async Task Acknowledge_TheCurrentVersion_SendsTypologyAcknowledgedToTheFiuUnderTheTypologysAgreement_AndIsAudited()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-typology-ack");
        await using var acknowledgements = await MessageCapture<TypologyAcknowledged>.StartAsync(Network.Broker.ConnectionString, "fiu-typology-acknowledgements");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var content = Content(NewCode(), Guid.NewGuid(), 1);
        var published = Published("bank-alpha", content);
        await DeliverAsync(Network, fiu, published);
        var unacknowledged = (await ListAsync(alpha)).GetProperty("unacknowledged").GetInt32();

        using var response = await AcknowledgeAsync(alpha, content.Code, 1);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/typologies/{content.Code}/versions/1", response.Headers.Location?.OriginalString);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((content.Code, 1, "bank-alpha-filing"), (receipt.GetProperty("code").GetString(), receipt.GetProperty("version").GetInt32(),
            receipt.GetProperty("acknowledgedBy").GetString()));
        var sent = await acknowledgements.WaitForAsync(a => a.DistributionId == published.DistributionId, "the acknowledgement is sent to the FIU");
        Assert.Equal((content.TypologyId, content.Code, 1, "bank-alpha", "bank-alpha-filing"), (sent.TypologyId, sent.Code, sent.Version, sent.OrganisationId, sent.AcknowledgedBy));
        Assert.Equal(receipt.GetProperty("acknowledgedAt").GetDateTimeOffset(), sent.AcknowledgedAt);
        var envelope = Assert.IsType<SharingEnvelope>(sent.Envelope);
        Assert.Equal((DemoPartnership.Id, DemoPartnership.Gateway, Purpose.TypologyDissemination, "bank-alpha", "bank-alpha"),
            (envelope.AgreementId, envelope.LegalGateway, envelope.Purpose, envelope.Sender, envelope.Originator));
        Assert.Equal(["fiu-gb"], envelope.Recipients);
        Assert.Equal([DataCategory.TypologyIndicators], envelope.DataCategories);
        Assert.Equal((Tlp.Amber, OnwardSharingRule.Prohibited), (envelope.Handling.Marking, envelope.Handling.OnwardSharing));
        Assert.Equal([$"{content.Code}/v1"], envelope.Lineage);
        Assert.InRange(envelope.RetainUntil, DateTimeOffset.UtcNow.AddDays(1094), DateTimeOffset.UtcNow.AddDays(1095));

        var details = await alpha.GetFromJsonAsync<JsonElement>(TypologyUri(content.Code));
        Assert.Equal((true, "bank-alpha-filing"), (details.GetProperty("acknowledged").GetBoolean(), details.GetProperty("acknowledgedBy").GetString()));
        var after = await ListAsync(alpha, "&acknowledged=false");
        Assert.Equal(unacknowledged - 1, after.GetProperty("unacknowledged").GetInt32());
        Assert.Empty(Items(after, content.Code));
        Assert.Single(Items(await ListAsync(alpha, "&acknowledged=true"), content.Code));
        var audited = await Network.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Subject == $"typology-distribution:{published.DistributionId}"));
        Assert.Equal((AuditKind.Dissemination, AuditOutcome.Permitted, DemoPartnership.Id, "bank-alpha/bank-alpha-filing"),
            (audited.Kind, audited.Outcome, audited.AgreementId!.Value, audited.Actor));
    }

    [Fact]
    public async Task Acknowledge_Twice_Returns409_AndOneAcknowledgementIsSent()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-typology-ack-twice");
        await using var acknowledgements = await MessageCapture<TypologyAcknowledged>.StartAsync(Network.Broker.ConnectionString, "fiu-typology-acknowledgements-twice");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var content = Content(NewCode(), Guid.NewGuid(), 1);
        var published = Published("bank-alpha", content);
        await DeliverAsync(Network, fiu, published);

        using var first = await AcknowledgeAsync(alpha, content.Code, 1);
        using var again = await AcknowledgeAsync(alpha, content.Code, 1);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Conflict), (first.StatusCode, again.StatusCode));
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("version", "AlreadyAcknowledged"), (problem.GetProperty("fieldErrors")[0].GetProperty("path").GetString(),
            problem.GetProperty("fieldErrors")[0].GetProperty("code").GetString()));
        await acknowledgements.WaitForAsync(a => a.DistributionId == published.DistributionId, "the acknowledgement is sent");
        await Eventually.AssertAsync(async () => !await Network.QueryAsync(db => db.Set<OutboxMessage>().AnyAsync()), "the gateway's outbox is empty");
        Assert.Single(acknowledgements.Received, a => a.DistributionId == published.DistributionId);
    }

    [Fact]
    public async Task Acknowledge_ASupersededVersion_Returns409NamingTheCurrentVersion_WhichCanBeAcknowledged()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-typology-ack-superseded");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var (v1, v2, changes) = Versions();
        await DeliverAsync(Network, fiu, Published("bank-alpha", v1));
        await DeliverAsync(Network, fiu, Superseded("bank-alpha", v2, 1, changes));

        using var old = await AcknowledgeAsync(alpha, v1.Code, 1);
        using var current = await AcknowledgeAsync(alpha, v1.Code, 2);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Created), (old.StatusCode, current.StatusCode));
        var problem = await old.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Superseded", problem.GetProperty("fieldErrors")[0].GetProperty("code").GetString());
        Assert.Contains("acknowledge version 2", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Null(await Network.QueryAsync(db => db.ReceivedTypologies.Where(t => t.TypologyId == v1.TypologyId && t.Version == 1).Select(t => t.AcknowledgedAt).SingleAsync()));
    }

    [Fact]
    public async Task Acknowledge_AVersionTheBankNeverReceived_Returns404()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-typology-ack-unknown");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var content = Content(NewCode(), Guid.NewGuid(), 1);
        await DeliverAsync(Network, fiu, Published("bank-alpha", content));

        using var laterVersion = await AcknowledgeAsync(alpha, content.Code, 2);
        using var unknownCode = await AcknowledgeAsync(alpha, NewCode(), 1);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (laterVersion.StatusCode, unknownCode.StatusCode));
        Assert.Equal("Typology not found.", (await laterVersion.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Acknowledge_WhenTheAgreementHasNoFlowBackToTheFiu_Returns403_StoresNothing_AndTheRefusalIsAudited()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-typology-ack-one-way");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var content = Content(NewCode(), Guid.NewGuid(), 1);
        var published = Published("bank-alpha", content, TypologyAgreements.OneWayId);
        await DeliverAsync(Network, fiu, published);

        using var refused = await AcknowledgeAsync(alpha, content.Code, 1);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://concord.dev/problems/no-legal-basis", problem.GetProperty("type").GetString());
        Assert.Contains("no-flow", problem.GetProperty("fieldErrors").EnumerateArray().Select(e => e.GetProperty("code").GetString()));
        Assert.Null(await Network.QueryAsync(db => db.ReceivedTypologies.Where(t => t.Id == published.DistributionId).Select(t => t.AcknowledgedAt).SingleAsync()));
        var audited = await Network.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Subject == $"typology-distribution:{published.DistributionId}"));
        Assert.Equal((AuditKind.Decision, AuditOutcome.Denied, TypologyAgreements.OneWayId), (audited.Kind, audited.Outcome, audited.AgreementId!.Value));
    }

    [Fact]
    public async Task Red_ReachesANamedRecipientOnly_IsShownWithItsHandling_AndItsAcknowledgementStaysRed()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-typology-red");
        await using var acknowledgements = await MessageCapture<TypologyAcknowledged>.StartAsync(Network.Broker.ConnectionString, "fiu-typology-acknowledgements-red");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var underAnyBank = Content(NewCode(), Guid.NewGuid(), 1, Tlp.Red);
        var named = Content(NewCode(), Guid.NewGuid(), 1, Tlp.Red);
        var published = Published("bank-alpha", named, TypologyAgreements.NamedId);

        // Note: the demo partnership's flow goes to any bank: a TLP:RED typology under it names no recipient, and is refused.
        await DeliverAsync(Network, fiu, Published("bank-alpha", underAnyBank));
        await DeliverAsync(Network, fiu, published);

        using var refused = await alpha.GetAsync(TypologyUri(underAnyBank.Code));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        using var response = await alpha.GetAsync(TypologyUri(named.Code));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var details = await response.Content.ReadFromJsonAsync<JsonElement>();
        var marking = details.GetProperty("marking");
        Assert.Equal(("Red", "TLP:RED", "Prohibited"), (marking.GetProperty("tlp").GetString(), marking.GetProperty("label").GetString(), marking.GetProperty("onwardSharing").GetString()));
        Assert.StartsWith("Named recipients only", marking.GetProperty("handling").GetString(), StringComparison.Ordinal);
        Assert.Equal("TLP:RED", Assert.Single(Items(await ListAsync(alpha), named.Code)).GetProperty("marking").GetProperty("label").GetString());

        using var acknowledged = await AcknowledgeAsync(alpha, named.Code, 1);
        Assert.Equal(HttpStatusCode.Created, acknowledged.StatusCode);
        var sent = await acknowledgements.WaitForAsync(a => a.DistributionId == published.DistributionId, "the acknowledgement is sent");
        Assert.Equal((TypologyAgreements.NamedId, Tlp.Red, OnwardSharingRule.Prohibited), (sent.Envelope!.AgreementId, sent.Envelope.Handling.Marking, sent.Envelope.Handling.OnwardSharing));
    }

    [Fact]
    public async Task Retention_WhenATypologyOrAWithdrawalIsPastItsRetention_ItIsPurgedAndThePurgeAudited()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-typology-retention");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var kept = Content(NewCode(), Guid.NewGuid(), 1);
        var expiring = Content(NewCode(), Guid.NewGuid(), 1);
        var published = Published("bank-alpha", expiring);
        await DeliverAsync(Network, fiu, Published("bank-alpha", kept));
        await DeliverAsync(Network, fiu, published);
        await DeliverAsync(Network, fiu, Withdrawn("bank-alpha", expiring));
        using (var acknowledged = await AcknowledgeAsync(alpha, kept.Code, 1))
        {
            Assert.Equal(HttpStatusCode.Created, acknowledged.StatusCode);
        }

        var withdrawalId = await Network.QueryAsync(db => db.TypologyWithdrawals.Where(w => w.TypologyId == expiring.TypologyId).Select(w => w.Id).SingleAsync());
        await Network.QueryAsync(async db =>
            await db.Database.ExecuteSqlAsync($"UPDATE received_typologies SET retain_until = now() - interval '1 day' WHERE id = {published.DistributionId}")
            + await db.Database.ExecuteSqlAsync($"UPDATE typology_withdrawals SET retain_until = now() - interval '1 day' WHERE id = {withdrawalId}"));

        await using (var scope = Network.Gateway.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RetentionPurger<GatewayDbContext>>().PurgeDueAsync(CancellationToken.None);
        }

        Assert.False(await Network.QueryAsync(db => db.ReceivedTypologies.AnyAsync(t => t.TypologyId == expiring.TypologyId)));
        Assert.False(await Network.QueryAsync(db => db.TypologyWithdrawals.AnyAsync(w => w.Id == withdrawalId)));
        var purges = await Network.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Kind == AuditKind.Purge).Select(e => e.Subject).ToListAsync());
        Assert.Contains($"typology-distribution:{published.DistributionId}", purges);
        Assert.Contains($"typology-withdrawal:{withdrawalId}", purges);
        using var gone = await alpha.GetAsync(TypologyUri(expiring.Code, 1));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var stillHeld = await alpha.GetFromJsonAsync<JsonElement>(TypologyUri(kept.Code));
        Assert.True(stillHeld.GetProperty("acknowledged").GetBoolean());
    }
}
