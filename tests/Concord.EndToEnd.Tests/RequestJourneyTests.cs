using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Testing;
using Xunit;

namespace Concord.EndToEnd.Tests;

/// <summary>
/// Requests for information and feedback across the real network: two banks file reports that share an account, the
/// FIU asks both about it, each answers from its own gateway, the FIU sees both answers and tells each bank what became
/// of its report — and neither bank sees anything of the other.
/// </summary>
public sealed class RequestJourneyTests(ConcordNetwork network) : IClassFixture<ConcordNetwork>
{
    private const string SharedIban = "GB33BUKB20201555555555";

    [Fact]
    public async Task TwoBanksSharingAnAccount_AreAskedAnswerAndGetFeedback_WithoutSeeingEachOther()
    {
        using var alpha = await network.ClientAsync(network.GatewayAddress, DemoClients.BankAlpha);
        using var beta = await network.ClientAsync(network.GatewayAddress, DemoClients.BankBeta);
        using var fiu = await network.ClientAsync(network.FiuAddress, DemoClients.Fiu);

        // 1. Both banks file reports naming the same IBAN (the sample report's beneficiary account).
        var alphaReport = await Journey.FileAsync(alpha, SampleReports.Structuring("bank-alpha", Journey.NewReference("E2ER")));
        var betaReport = await Journey.FileAsync(beta, SampleReports.Structuring("bank-beta", Journey.NewReference("E2ER")));
        var alphaFiuReference = (await Journey.DecidedAsync(alpha, alphaReport)).GetProperty("fiuReference").GetString()!;
        var betaFiuReference = (await Journey.DecidedAsync(beta, betaReport)).GetProperty("fiuReference").GetString()!;

        // 1b. The analyst sees the link: Beta's report is linked to Alpha's by the shared IBAN, and the triage queue says
        //     that two banks reported the subject.
        var links = await fiu.GetFromJsonAsync<JsonElement>($"api/v1/reports/{betaFiuReference}/links?pageSize=200");
        var toAlpha = links.GetProperty("items").EnumerateArray()
            .Single(l => l.GetProperty("concordReference").GetString() == alphaReport);
        Assert.True(toAlpha.GetProperty("otherBank").GetBoolean());
        Assert.Contains(toAlpha.GetProperty("reasons").EnumerateArray(),
            r => r.GetProperty("kind").GetString() == "Iban" && r.GetProperty("value").GetString()!.Replace(" ", "", StringComparison.Ordinal) == SharedIban);
        var triaged = await fiu.GetFromJsonAsync<JsonElement>("api/v1/triage?pageSize=200");
        var betaInQueue = triaged.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("concordReference").GetString() == betaReport);
        Assert.Contains(betaInQueue.GetProperty("factors").EnumerateArray(), f => f.GetProperty("code").GetString() == "multiple-banks");

        // 2. The FIU asks both banks about the holder of that account, under the partnership agreement.
        var marker = Guid.NewGuid().ToString("N");
        var request = await SendAsync(fiu, marker);
        var fiuReference = request.GetProperty("reference").GetString()!;

        // 3. Each bank finds the request in its own inbox, and it names no other bank.
        var alphaRequest = await InboxAsync(alpha, marker);
        var betaRequest = await InboxAsync(beta, marker);
        var alphaReference = alphaRequest.GetProperty("reference").GetString()!;
        var betaReference = betaRequest.GetProperty("reference").GetString()!;
        Assert.NotEqual(alphaReference, betaReference);
        Assert.Equal(SharedIban, alphaRequest.GetProperty("subjects")[0].GetProperty("accounts")[0].GetProperty("iban").GetString());
        foreach (var (copy, otherBank) in new[] { (alphaRequest, "bank-beta"), (betaRequest, "bank-alpha") })
        {
            Assert.DoesNotContain(otherBank, copy.GetRawText(), StringComparison.Ordinal);
            Assert.DoesNotContain(fiuReference, copy.GetRawText(), StringComparison.Ordinal);
        }

        // 4. Alpha holds the account and says what it knows; Beta does not.
        await AnswerAsync(alpha, alphaReference, new JsonObject
        {
            ["subject"] = "S1",
            ["result"] = "Match",
            ["details"] = new JsonObject
            {
                ["accounts"] = new JsonArray(new JsonObject
                {
                    ["localId"] = "A1", ["iban"] = SharedIban, ["institutionName"] = "Alpha Bank plc", ["currency"] = "GBP", ["heldAtReportingEntity"] = true,
                }),
                ["transactions"] = new JsonArray(new JsonObject
                {
                    ["occurredAt"] = "2026-10-08T14:02:00Z", ["amount"] = 28900, ["currency"] = "GBP", ["direction"] = "Incoming", ["channel"] = "Wire", ["accountId"] = "A1",
                }),
                ["narrative"] = "Northgate Trading Ltd has held the account since June 2026; incoming wires only, no trading activity.",
            },
        });
        await AnswerAsync(beta, betaReference, new JsonObject { ["subject"] = "S1", ["result"] = "NoMatch" });

        // 5. The FIU sees both answers, per bank and per subject.
        var answered = await Eventually.GetAsync(
            () => fiu.GetFromJsonAsync<JsonElement>(new Uri($"api/v1/information-requests/{fiuReference}", UriKind.Relative)),
            r => r.GetProperty("status").GetString() == "Closed", "both answers reached the FIU", TimeSpan.FromSeconds(60));
        var recipients = answered.GetProperty("recipients").EnumerateArray().ToDictionary(r => r.GetProperty("bank").GetString()!);
        Assert.Equal((alphaReference, betaReference), (recipients["bank-alpha"].GetProperty("reference").GetString(), recipients["bank-beta"].GetProperty("reference").GetString()));
        var alphaAnswer = recipients["bank-alpha"].GetProperty("answers")[0];
        Assert.Equal("Match", alphaAnswer.GetProperty("result").GetString());
        Assert.Equal(SharedIban, alphaAnswer.GetProperty("details").GetProperty("accounts")[0].GetProperty("iban").GetString());
        Assert.Equal("NoMatch", recipients["bank-beta"].GetProperty("answers")[0].GetProperty("result").GetString());
        var finding = answered.GetProperty("findings")[0];
        Assert.Equal(["bank-alpha"], finding.GetProperty("matched").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(["bank-beta"], finding.GetProperty("notMatched").EnumerateArray().Select(b => b.GetString()));

        // 6. The FIU tells each bank what became of its report; each sees its own.
        await FeedbackAsync(fiu, alphaFiuReference, "LedToDissemination");
        await FeedbackAsync(fiu, betaFiuReference, "Useful");
        var alphaStatus = await FeedbackShownAsync(alpha, alphaReport);
        var betaStatus = await FeedbackShownAsync(beta, betaReport);
        Assert.Equal("LedToDissemination", alphaStatus.GetProperty("feedback")[0].GetProperty("outcome").GetString());
        Assert.Equal("Useful", betaStatus.GetProperty("feedback")[0].GetProperty("outcome").GetString());
        var alphaFeedback = await alpha.GetFromJsonAsync<JsonElement>(new Uri("api/v1/feedback?pageSize=200", UriKind.Relative));
        Assert.Equal(1, alphaFeedback.GetProperty("figures").GetProperty("ledToDissemination").GetInt32());

        // 7. Beta can see nothing of Alpha's: not its request, its answer, its report or its feedback — 404 as for nothing.
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(beta, $"api/v1/information-requests/{alphaReference}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(beta, $"api/v1/reports/{alphaReport}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(beta, "api/v1/information-requests/RFI-2026-0000000000"));
        using (var answerAsBeta = await beta.PostAsync(new Uri($"api/v1/information-requests/{alphaReference}/answers", UriKind.Relative),
            Json(new JsonObject { ["answers"] = new JsonArray(new JsonObject { ["subject"] = "S1", ["result"] = "NoMatch" }) })))
        {
            Assert.Equal(HttpStatusCode.NotFound, answerAsBeta.StatusCode);
        }

        var betaFeedback = await beta.GetFromJsonAsync<JsonElement>(new Uri("api/v1/feedback?pageSize=200", UriKind.Relative));
        var betaInbox = await beta.GetFromJsonAsync<JsonElement>(new Uri("api/v1/information-requests?pageSize=200", UriKind.Relative));
        var betaOwn = await beta.GetFromJsonAsync<JsonElement>(new Uri($"api/v1/information-requests/{betaReference}", UriKind.Relative));
        Assert.DoesNotContain(alphaReport, betaFeedback.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(alphaReference, betaInbox.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("bank-alpha", betaOwn.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Northgate Trading Ltd has held", betaOwn.GetRawText(), StringComparison.Ordinal);

        // 8. The FIU's figures count each bank's feedback.
        var figures = await fiu.GetFromJsonAsync<JsonElement>(new Uri("api/v1/feedback/figures", UriKind.Relative));
        var byBank = figures.GetProperty("banks").EnumerateArray().ToDictionary(b => b.GetProperty("bank").GetString()!);
        Assert.Equal(1, byBank["bank-alpha"].GetProperty("ledToDissemination").GetInt32());
        Assert.Equal(1, byBank["bank-beta"].GetProperty("useful").GetInt32());
    }

    private static async Task<JsonElement> SendAsync(HttpClient fiu, string marker)
    {
        var body = new JsonObject
        {
            ["agreement"] = DemoPartnership.Code,
            ["banks"] = new JsonArray("bank-alpha", "bank-beta"),
            ["subjects"] = new JsonArray(new JsonObject
            {
                ["localId"] = "S1",
                ["kind"] = "LegalEntity",
                ["legalEntity"] = new JsonObject { ["name"] = "Northgate Trading Ltd", ["registrationNumber"] = "14820391", ["registrationCountry"] = "GB" },
                ["accounts"] = new JsonArray(new JsonObject { ["iban"] = SharedIban }),
            }),
            ["reason"] = $"Beneficiary of structured cash deposits; other accounts and activity sought (case {marker}).",
            ["deadline"] = DateTimeOffset.UtcNow.AddDays(7).ToString("O"),
        };
        using var response = await fiu.PostAsync(new Uri("api/v1/information-requests", UriKind.Relative), Json(body));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"the request answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The bank's copy of the request with <paramref name="marker"/> in its reason, once it has reached its inbox.</summary>
    private static async Task<JsonElement> InboxAsync(HttpClient bank, string marker)
    {
        var page = await Eventually.GetAsync(
            () => bank.GetFromJsonAsync<JsonElement>(new Uri("api/v1/information-requests?status=Open&pageSize=200", UriKind.Relative)),
            p => p.GetProperty("items").GetArrayLength() > 0, "the request reached the bank's inbox", TimeSpan.FromSeconds(60));
        foreach (var item in page.GetProperty("items").EnumerateArray())
        {
            var details = await bank.GetFromJsonAsync<JsonElement>(new Uri($"api/v1/information-requests/{item.GetProperty("reference").GetString()}", UriKind.Relative));
            if (details.GetProperty("reason").GetString()!.Contains(marker, StringComparison.Ordinal))
            {
                return details;
            }
        }

        throw new InvalidOperationException($"No open request in the inbox names case {marker}.");
    }

    private static async Task AnswerAsync(HttpClient bank, string reference, JsonObject answer)
    {
        using var response = await bank.PostAsync(new Uri($"api/v1/information-requests/{reference}/answers", UriKind.Relative),
            Json(new JsonObject { ["answers"] = new JsonArray(answer) }));
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"the answer answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task FeedbackAsync(HttpClient fiu, string reference, string outcome)
    {
        using var response = await fiu.PostAsync(new Uri($"api/v1/reports/{reference}/feedback", UriKind.Relative),
            Json(new JsonObject { ["outcome"] = outcome, ["comment"] = "Thank you for the report." }));
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"the feedback answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static Task<JsonElement> FeedbackShownAsync(HttpClient bank, string concordReference) =>
        Eventually.GetAsync(
            () => Journey.StatusAsync(bank, concordReference),
            status => status.GetProperty("feedback").GetArrayLength() == 1, $"the feedback on {concordReference} reached the bank", TimeSpan.FromSeconds(60));

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");
}
