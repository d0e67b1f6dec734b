using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Testing;
using Xunit;

namespace Concord.EndToEnd.Tests;

/// <summary>
/// A typology's whole cycle across the real network: an FIU analyst drafts it, another approves it (the author may
/// not), it reaches the one bank named in its audience and no other, that bank acknowledges it through its gateway, the
/// FIU screens the bank's next report against its rules, and the typology's statistics move — acknowledgement,
/// citation, rule hits and, once the analyst decides to disseminate, dissemination.
/// </summary>
public sealed class TypologyJourneyTests(ConcordNetwork network) : IClassFixture<ConcordNetwork>
{
    [Fact]
    public async Task AnApprovedTypology_ReachesOnlyItsAudience_IsAcknowledged_AndItsHitsAndFiguresReachTheFiu()
    {
        using var author = await network.ClientAsync(network.TypologyAddress, DemoClients.TypologyAnalyst1);
        using var reviewer = await network.ClientAsync(network.TypologyAddress, DemoClients.TypologyAnalyst2);
        using var alpha = await network.ClientAsync(network.GatewayAddress, DemoClients.BankAlpha);
        using var beta = await network.ClientAsync(network.GatewayAddress, DemoClients.BankBeta);
        using var betaReads = await network.ClientAsync(network.TypologyAddress, (DemoClients.BankBeta.Id, DemoClients.BankBeta.Secret, "concord.typology.read"));
        using var fiu = await network.ClientAsync(network.FiuAddress, DemoClients.Fiu);
        var code = $"T-2026-{Random.Shared.Next(500, 1000)}";

        // 1. Analyst 1 drafts the demo structuring typology for Alpha alone, at TLP:AMBER+STRICT, and submits it.
        var draft = DemoTypology("T-2026-014");
        draft["code"] = code;
        draft["marking"] = "AmberStrict";
        draft["audience"] = new JsonObject { ["kind"] = "NamedOrganisations", ["organisations"] = new JsonArray("bank-alpha") };
        await ExpectAsync(await author.PostAsync(new Uri("api/v1/typologies", UriKind.Relative), Json(draft)), HttpStatusCode.Created);
        await ExpectAsync(await author.PostAsync(new Uri($"api/v1/typologies/{code}/draft/submit", UriKind.Relative), null), HttpStatusCode.OK);

        // 2. The author may not approve it; a second analyst does, and it is published as version 1 to Alpha alone.
        using (var self = await author.PostAsync(new Uri($"api/v1/typologies/{code}/draft/approve", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.Forbidden, self.StatusCode);
            Assert.Contains("SelfApproval", await self.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var approved = await ExpectAsync(await reviewer.PostAsync(new Uri($"api/v1/typologies/{code}/draft/approve", UriKind.Relative), null), HttpStatusCode.OK);
        Assert.Equal(1, approved.GetProperty("version").GetInt32());

        // 3. Alpha finds it in its gateway inbox, with its marking; Beta finds nothing, in its gateway or the read API.
        var received = await Eventually.GetAsync(() => alpha.GetAsync(new Uri($"api/v1/typologies/{code}", UriKind.Relative)),
            r => r.StatusCode == HttpStatusCode.OK, $"{code} reaches Alpha's inbox", TimeSpan.FromSeconds(60));
        var inAlpha = await received.Content.ReadFromJsonAsync<JsonElement>();
        received.Dispose();
        Assert.Equal(("Current", 1, "AmberStrict"), (inAlpha.GetProperty("status").GetString(), inAlpha.GetProperty("version").GetInt32(), inAlpha.GetProperty("marking").GetProperty("tlp").GetString()));
        Assert.Equal("STRUCT-1", inAlpha.GetProperty("indicators")[0].GetProperty("code").GetString());
        using (var betaInbox = await beta.GetAsync(new Uri($"api/v1/typologies/{code}", UriKind.Relative)))
        using (var betaApi = await betaReads.GetAsync(new Uri($"api/v1/typologies/applicable/{code}", UriKind.Relative)))
        {
            Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (betaInbox.StatusCode, betaApi.StatusCode));
        }

        var betaList = await beta.GetFromJsonAsync<JsonElement>("api/v1/typologies?include=history&pageSize=200");
        Assert.DoesNotContain(code, betaList.GetRawText(), StringComparison.Ordinal);

        // 4. Alpha acknowledges it; the typology service records the acknowledgement on Alpha's copy.
        await ExpectAsync(await alpha.PostAsync(new Uri($"api/v1/typologies/{code}/versions/1/acknowledgement", UriKind.Relative), null), HttpStatusCode.Created);
        await Eventually.AssertAsync(async () =>
        {
            var copies = await author.GetFromJsonAsync<JsonElement>($"api/v1/typologies/{code}/distributions");
            return copies.EnumerateArray().Any(c => c.GetProperty("recipient").GetString() == "bank-alpha" && c.GetProperty("acknowledgedAt").ValueKind == JsonValueKind.String);
        }, "the acknowledgement reaches the typology service", TimeSpan.FromSeconds(60));

        // 5. The FIU screens with its rules; Alpha then files a report that cites the typology and matches STRUCT-1.
        await Eventually.AssertAsync(async () =>
            (await fiu.GetFromJsonAsync<JsonElement>("api/v1/screening/typologies")).EnumerateArray().Any(t => t.GetProperty("code").GetString() == code),
            "the FIU screens with the new typology", TimeSpan.FromSeconds(60));
        var report = SampleReports.Structuring("bank-alpha", Journey.NewReference("E2ET")) with { TypologyCodes = [code] };
        var concordReference = await Journey.FileAsync(alpha, report);
        var fiuReference = (await Journey.DecidedAsync(alpha, concordReference)).GetProperty("fiuReference").GetString()!;

        var hits = await fiu.GetFromJsonAsync<JsonElement>($"api/v1/reports/{fiuReference}/typology-hits");
        var fired = hits.GetProperty("hits").EnumerateArray().Where(h => h.GetProperty("code").GetString() == code).Select(h => h.GetProperty("indicatorCode").GetString()).ToList();
        Assert.Contains("STRUCT-1", fired);
        var triage = await fiu.GetFromJsonAsync<JsonElement>("api/v1/triage?pageSize=200");
        var item = triage.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("concordReference").GetString() == concordReference);
        Assert.Contains(item.GetProperty("factors").EnumerateArray(), f => f.GetProperty("code").GetString() == "matches-typology"
            && f.GetProperty("explanation").GetString()!.Contains($"of {code} v1", StringComparison.Ordinal));

        // 6. The statistics move: one recipient, one acknowledgement, one citation, rule hits; then a dissemination.
        var figures = await VersionOneAsync(author, code, v => v.GetProperty("citations").GetInt32() == 1 && v.GetProperty("ruleHits").GetInt32() == 1, "the citation and the hits");
        Assert.Equal((1, 1, 0), (figures.GetProperty("recipients").GetInt32(), figures.GetProperty("acknowledgements").GetInt32(), figures.GetProperty("disseminations").GetInt32()));
        Assert.Contains(figures.GetProperty("indicatorHits").EnumerateArray(), h => h.GetProperty("indicator").GetString() == "STRUCT-1" && h.GetProperty("reports").GetInt32() == 1);

        using (var decided = await fiu.PostAsync(new Uri($"api/v1/reports/{fiuReference}/decision", UriKind.Relative),
            new StringContent("""{"decision":"Disseminate","reason":"Structured cash deposits; to the task force."}""", Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.NoContent, decided.StatusCode);
        }

        await VersionOneAsync(author, code, v => v.GetProperty("disseminations").GetInt32() == 1, "the dissemination");
        var statistics = await author.GetFromJsonAsync<JsonElement>($"api/v1/typologies/{code}/statistics?period=month");
        var byBank = statistics.GetProperty("byBank").EnumerateArray().Single(b => b.GetProperty("bank").GetString() == "bank-alpha");
        Assert.Equal((true, 1, 1), (byBank.GetProperty("acknowledged").GetBoolean(), byBank.GetProperty("citations").GetInt32(), byBank.GetProperty("disseminations").GetInt32()));
        Assert.DoesNotContain(statistics.GetProperty("byBank").EnumerateArray(), b => b.GetProperty("bank").GetString() == "bank-beta");
        using var export = await author.GetAsync(new Uri("api/v1/typologies/statistics/export?format=csv", UriKind.Relative));
        Assert.Contains($"{code},1,", await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> VersionOneAsync(HttpClient analyst, string code, Func<JsonElement, bool> done, string what) =>
        (await Eventually.GetAsync(
            () => analyst.GetFromJsonAsync<JsonElement>($"api/v1/typologies/{code}/statistics"),
            s => s.GetProperty("versions").EnumerateArray().Any(v => v.GetProperty("version").GetInt32() == 1 && done(v)),
            $"{what} reach the statistics of {code}", TimeSpan.FromSeconds(60)))
        .GetProperty("versions").EnumerateArray().Single(v => v.GetProperty("version").GetInt32() == 1);

    private static JsonObject DemoTypology(string code)
    {
        var seed = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deploy", "seed", "demo-typologies.json")))!;
        return seed["typologies"]!.AsArray().Single(t => t!["code"]!.GetValue<string>() == code)!.DeepClone().AsObject();
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
            return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
        }
    }
}
