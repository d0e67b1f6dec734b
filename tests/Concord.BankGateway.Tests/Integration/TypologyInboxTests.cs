using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.BankGateway.Typologies;
using Concord.Contracts.Sharing;
using Concord.Contracts.Typologies;
using Concord.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Concord.BankGateway.Tests.Integration.TypologyMessages;

namespace Concord.BankGateway.Tests.Integration;

/// <summary>
/// Typologies in a bank's gateway inbox: each version reaches the bank it was distributed to and no other, once, in
/// whatever order versions, supersessions and withdrawals arrive; the bank sees what applies to it and what changed.
/// </summary>
public sealed class TypologyInboxTests(TypologyGateway fixture) : IClassFixture<TypologyGateway>
{
    private GatewayNetwork Network => fixture.Network;

    [Fact]
    public async Task Published_ForOneBank_ReachesItsInboxOnly_AndAnotherBankGets404AsForACodeThatDoesNotExist()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-typology-one-bank");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        using var beta = await Network.ClientForAsync(DemoClients.BankBeta);
        var content = Content(NewCode(), Guid.NewGuid(), 1);

        await DeliverAsync(fiu, Published("bank-alpha", content));

        var item = Assert.Single(Items(await ListAsync(alpha), content.Code));
        Assert.Equal((1, "Current", false, false), (item.GetProperty("version").GetInt32(), item.GetProperty("status").GetString(),
            item.GetProperty("acknowledged").GetBoolean(), item.GetProperty("changedSinceYourLastVersion").GetBoolean()));
        Assert.Equal(("Amber", "TLP:AMBER", 2), (item.GetProperty("marking").GetProperty("tlp").GetString(), item.GetProperty("marking").GetProperty("label").GetString(),
            item.GetProperty("indicators").GetInt32()));
        var details = await alpha.GetFromJsonAsync<JsonElement>(TypologyUri(content.Code));
        Assert.Equal((content.Title, content.Narrative, "DrugTraffickingProceeds", "fiu-gb"), (details.GetProperty("title").GetString(),
            details.GetProperty("narrative").GetString(), details.GetProperty("crimeArea").GetString(), details.GetProperty("publishedBy").GetString()));
        Assert.Equal(["STRUCT-1", "BEH-1"], details.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        Assert.Equal(content.Indicators[0].Rule, details.GetProperty("indicators")[0].GetProperty("rule").GetString());
        Assert.Equal(JsonValueKind.Null, details.GetProperty("indicators")[1].GetProperty("rule").ValueKind);
        Assert.Equal((DemoPartnership.Id, "TypologyDissemination"), (details.GetProperty("basis").GetProperty("agreementId").GetGuid(),
            details.GetProperty("basis").GetProperty("purpose").GetString()));

        Assert.Empty(Items(await ListAsync(beta, "&include=history"), content.Code));
        using var guessed = await beta.GetAsync(TypologyUri(content.Code));
        using var unknown = await beta.GetAsync(TypologyUri("T-TEST-NOSUCHONE"));
        using var guessedVersion = await beta.GetAsync(TypologyUri(content.Code, 1));
        using var acknowledged = await AcknowledgeAsync(beta, content.Code, 1);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
            (guessed.StatusCode, unknown.StatusCode, guessedVersion.StatusCode, acknowledged.StatusCode));
        Assert.Equal(await WithoutTraceAsync(unknown, "T-TEST-NOSUCHONE"), await WithoutTraceAsync(guessed, content.Code));
        var stored = await Network.QueryAsync(db => db.ReceivedTypologies.Where(t => t.TypologyId == content.TypologyId).Select(t => t.BankOrganisationId).ToListAsync());
        Assert.Equal(["bank-alpha"], stored);
    }

    [Fact]
    public async Task Published_WhenTheEnvelopeAddressesAnotherBankThanTheCopyNames_IsStoredForNeither()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-typology-misaddressed");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        using var beta = await Network.ClientForAsync(DemoClients.BankBeta);
        var content = Content(NewCode(), Guid.NewGuid(), 1);
        var published = Published("bank-alpha", content);

        await DeliverAsync(fiu, published with { Envelope = published.Envelope! with { Recipients = ["bank-beta"] } });

        using var forAlpha = await alpha.GetAsync(TypologyUri(content.Code));
        using var forBeta = await beta.GetAsync(TypologyUri(content.Code));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (forAlpha.StatusCode, forBeta.StatusCode));
        Assert.False(await Network.QueryAsync(db => db.ReceivedTypologies.AnyAsync(t => t.TypologyId == content.TypologyId)));
    }

    [Fact]
    public async Task Published_DeliveredAgain_OrUnderAnotherMessageOrDistributionId_IsStoredOnce()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-typology-twice");
        var content = Content(NewCode(), Guid.NewGuid(), 1);
        var published = Published("bank-alpha", content);
        var (first, second, third) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        await fiu.Bus.Publish(published, c => c.MessageId = first);
        await Eventually.AssertAsync(() => Task.FromResult(Network.Decisions.Completed(first) == 1), "the gateway has dealt with the first delivery");
        await fiu.Bus.Publish(published, c => c.MessageId = first);
        await fiu.Bus.Publish(published, c => c.MessageId = second);
        await fiu.Bus.Publish(published with { DistributionId = Guid.NewGuid() }, c => c.MessageId = third);
        await Eventually.AssertAsync(() => Task.FromResult(Network.Decisions.Completed(first) == 2 && Network.Decisions.Completed(second) == 1
            && Network.Decisions.Completed(third) == 1), "the gateway has dealt with every delivery");

        var stored = await Network.QueryAsync(db => db.ReceivedTypologies.Where(t => t.TypologyId == content.TypologyId).ToListAsync());
        var only = Assert.Single(stored);
        Assert.Equal((published.DistributionId, "bank-alpha", TypologyStatus.Current), (only.Id, only.BankOrganisationId, only.Status));
    }

    [Fact]
    public async Task Superseded_ShowsWhatChangedSinceTheBanksVersion_AndTheOldVersionIsKeptSuperseded()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-typology-superseded");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var (v1, v2, changes) = Versions();

        await DeliverAsync(fiu, Published("bank-alpha", v1));
        await DeliverAsync(fiu, Superseded("bank-alpha", v2, 1, changes));

        var current = await alpha.GetFromJsonAsync<JsonElement>(TypologyUri(v1.Code));
        Assert.Equal((2, "Current", 1), (current.GetProperty("version").GetInt32(), current.GetProperty("status").GetString(), current.GetProperty("previousVersion").GetInt32()));
        var change = Assert.Single(current.GetProperty("changes").EnumerateArray());
        Assert.Equal(("indicators[STRUCT-1].rule", "Changed", v1.Indicators[0].Rule, v2.Indicators[0].Rule), (change.GetProperty("field").GetString(),
            change.GetProperty("change").GetString(), change.GetProperty("before").GetString(), change.GetProperty("after").GetString()));
        Assert.Equal([(2, "Current"), (1, "Superseded")], current.GetProperty("versions").EnumerateArray()
            .Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("status").GetString())));
        var old = await alpha.GetFromJsonAsync<JsonElement>(TypologyUri(v1.Code, 1));
        Assert.Equal(("Superseded", v1.Indicators[0].Rule), (old.GetProperty("status").GetString(), old.GetProperty("indicators")[0].GetProperty("rule").GetString()));

        var applies = Assert.Single(Items(await ListAsync(alpha), v1.Code));
        Assert.Equal((2, true, 1, 1), (applies.GetProperty("version").GetInt32(), applies.GetProperty("changedSinceYourLastVersion").GetBoolean(),
            applies.GetProperty("previousVersion").GetInt32(), applies.GetProperty("changes").GetInt32()));
        Assert.Equal([(2, "Current"), (1, "Superseded")], Items(await ListAsync(alpha, "&include=history"), v1.Code)
            .Select(i => (i.GetProperty("version").GetInt32(), i.GetProperty("status").GetString())));
    }

    [Fact]
    public async Task Superseded_ArrivingBeforeTheFirstVersion_StaysCurrent_AndTheFirstVersionIsStoredSuperseded()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-typology-overtaken");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var (v1, v2, changes) = Versions();

        await DeliverAsync(fiu, Superseded("bank-alpha", v2, 1, changes));
        await DeliverAsync(fiu, Published("bank-alpha", v1));

        var current = await alpha.GetFromJsonAsync<JsonElement>(TypologyUri(v1.Code));
        Assert.Equal((2, "Current"), (current.GetProperty("version").GetInt32(), current.GetProperty("status").GetString()));
        Assert.Equal("Superseded", (await alpha.GetFromJsonAsync<JsonElement>(TypologyUri(v1.Code, 1))).GetProperty("status").GetString());
        Assert.Equal([2], Items(await ListAsync(alpha), v1.Code).Select(i => i.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task Versions_ArrivingTogetherOnTheirTwoQueues_LeaveExactlyOneCurrentVersionPerTypology()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-typology-racing");
        var typologies = Enumerable.Range(0, 20).Select(_ => Versions()).ToList();
        var ids = new List<Guid>();

        foreach (var (v1, v2, changes) in typologies)
        {
            var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
            ids.AddRange([first, second]);
            await Task.WhenAll(fiu.Bus.Publish(Superseded("bank-alpha", v2, 1, changes), c => c.MessageId = second),
                fiu.Bus.Publish(Published("bank-alpha", v1), c => c.MessageId = first));
        }

        await Eventually.AssertAsync(() => Task.FromResult(ids.All(id => Network.Decisions.Completed(id) == 1)), "the gateway has dealt with every version");
        var typologyIds = typologies.Select(t => t.V1.TypologyId).ToList();
        var stored = await Network.QueryAsync(db => db.ReceivedTypologies.Where(t => typologyIds.Contains(t.TypologyId))
            .Select(t => new { t.TypologyId, t.Version, t.Status }).ToListAsync());
        Assert.Equal(40, stored.Count);
        Assert.All(stored, t => Assert.Equal(t.Version == 2 ? TypologyStatus.Current : TypologyStatus.Superseded, t.Status));
    }

    [Fact]
    public async Task Withdrawn_MarksEveryVersionTheBankHolds_ItNoLongerApplies_AndAWithdrawalForAnotherBankChangesNothing()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-typology-withdrawn");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var (v1, v2, changes) = Versions();
        await DeliverAsync(fiu, Published("bank-alpha", v1));
        await DeliverAsync(fiu, Superseded("bank-alpha", v2, 1, changes));

        await DeliverAsync(fiu, Withdrawn("bank-beta", v2));
        Assert.Equal("Current", (await alpha.GetFromJsonAsync<JsonElement>(TypologyUri(v1.Code))).GetProperty("status").GetString());

        var withdrawal = Withdrawn("bank-alpha", v2, "The pattern is covered by T-2026-021.");
        var (first, other) = (Guid.NewGuid(), Guid.NewGuid());
        await fiu.Bus.Publish(withdrawal, c => c.MessageId = first);
        await Eventually.AssertAsync(() => Task.FromResult(Network.Decisions.Completed(first) == 1), "the gateway has dealt with the withdrawal");
        await fiu.Bus.Publish(withdrawal, c => c.MessageId = first);
        await fiu.Bus.Publish(withdrawal with { WithdrawnAt = withdrawal.WithdrawnAt.AddMinutes(1), Reason = "Sent again." }, c => c.MessageId = other);
        await Eventually.AssertAsync(() => Task.FromResult(Network.Decisions.Completed(first) == 2 && Network.Decisions.Completed(other) == 1),
            "the gateway has dealt with its redelivery and its repeat");
        var shown = await alpha.GetFromJsonAsync<JsonElement>(TypologyUri(v1.Code));

        Assert.Equal((2, "The pattern is covered by T-2026-021."), (shown.GetProperty("version").GetInt32(), shown.GetProperty("withdrawalReason").GetString()));
        Assert.All(shown.GetProperty("versions").EnumerateArray(), v => Assert.Equal("Withdrawn", v.GetProperty("status").GetString()));
        Assert.Empty(Items(await ListAsync(alpha), v1.Code));
        Assert.Equal([2, 1], Items(await ListAsync(alpha, "&include=history"), v1.Code).Select(i => i.GetProperty("version").GetInt32()));
        Assert.Equal(["bank-alpha", "bank-beta"], await Network.QueryAsync(db => db.TypologyWithdrawals
            .Where(w => w.TypologyId == v1.TypologyId).OrderBy(w => w.BankOrganisationId).Select(w => w.BankOrganisationId).ToListAsync()));
    }

    [Fact]
    public async Task Withdrawn_ArrivingBeforeTheVersionItWithdraws_StoresThatVersionWithdrawn_AndItCannotBeAcknowledged()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-typology-withdrawn-early");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var v1 = Content(NewCode(), Guid.NewGuid(), 1);

        await DeliverAsync(fiu, Withdrawn("bank-alpha", v1, "Published in error."));
        using var nothingYet = await alpha.GetAsync(TypologyUri(v1.Code));
        await DeliverAsync(fiu, Published("bank-alpha", v1));

        Assert.Equal(HttpStatusCode.NotFound, nothingYet.StatusCode);
        var shown = await alpha.GetFromJsonAsync<JsonElement>(TypologyUri(v1.Code));
        Assert.Equal(("Withdrawn", "Published in error."), (shown.GetProperty("status").GetString(), shown.GetProperty("withdrawalReason").GetString()));
        Assert.Empty(Items(await ListAsync(alpha), v1.Code));
        using var refused = await AcknowledgeAsync(alpha, v1.Code, 1);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Withdrawn", problem.GetProperty("fieldErrors")[0].GetProperty("code").GetString());
        Assert.Contains("Published in error.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_WhenIncludeOrPagingIsNotValid_Returns400NamingTheField()
    {
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);

        using var include = await alpha.GetAsync(new Uri("/api/v1/typologies?include=everything", UriKind.Relative));
        using var paging = await alpha.GetAsync(new Uri("/api/v1/typologies?pageSize=201", UriKind.Relative));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (include.StatusCode, paging.StatusCode));
        Assert.Equal("include", (await include.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldErrors")[0].GetProperty("path").GetString());
        Assert.Equal("pageSize", (await paging.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldErrors")[0].GetProperty("path").GetString());
    }

    internal static (TypologyContent V1, TypologyContent V2, IReadOnlyList<TypologyChange> Changes) Versions(Tlp marking = Tlp.Amber)
    {
        var (code, id) = (NewCode(), Guid.NewGuid());
        var v1 = Content(code, id, 1, marking);
        var v2 = Content(code, id, 2, marking, threshold: "9000");
        return (v1, v2, [new TypologyChange { Field = "indicators[STRUCT-1].rule", Change = TypologyChangeKind.Changed, Before = v1.Indicators[0].Rule, After = v2.Indicators[0].Rule }]);
    }

    internal static Uri TypologyUri(string code, int? version = null) =>
        new(version is null ? $"/api/v1/typologies/{code}" : $"/api/v1/typologies/{code}/versions/{version}", UriKind.Relative);

    internal static Task<HttpResponseMessage> AcknowledgeAsync(HttpClient bank, string code, int version) =>
        bank.PostAsync(new Uri($"/api/v1/typologies/{code}/versions/{version}/acknowledgement", UriKind.Relative), null);

    internal static Task<JsonElement> ListAsync(HttpClient bank, string query = "") =>
        bank.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/typologies?pageSize=200{query}", UriKind.Relative));

    internal static List<JsonElement> Items(JsonElement page, string code) =>
        [.. page.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("code").GetString() == code)];

    /// <summary>Publishes as the typology service does and waits until the gateway has dealt with the message.</summary>
    internal static async Task DeliverAsync<T>(GatewayNetwork network, TestBus fiu, T message)
        where T : class
    {
        var id = Guid.NewGuid();
        await fiu.Bus.Publish(message, c => c.MessageId = id);
        await Eventually.AssertAsync(() => Task.FromResult(network.Decisions.Completed(id) == 1), $"the gateway has dealt with the {typeof(T).Name}");
    }

    private Task DeliverAsync<T>(TestBus fiu, T message)
        where T : class => DeliverAsync(Network, fiu, message);

    private static async Task<string> WithoutTraceAsync(HttpResponseMessage response, string code)
    {
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        problem.Remove("traceId");
        return problem.ToJsonString().Replace(code, "CODE", StringComparison.Ordinal);
    }
}
