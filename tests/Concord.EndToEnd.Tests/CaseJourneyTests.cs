using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Testing;
using Xunit;

namespace Concord.EndToEnd.Tests;

/// <summary>
/// A task force's case across the real network: two banks report, the FIU disseminates both reports to the police
/// unit, which opens a case, passes the FIU's item to the prosecutor once the FIU consents, asks Alpha Bank for
/// documents through its gateway, takes the answer as an item, reads a
/// report through the FIU, moves the case to closure — and the outcome reaches the FIU and each contributing bank,
/// each bank for its own report only. At each step the organisations that may not see something get what an unknown
/// id gets.
/// </summary>
public sealed class CaseJourneyTests(ConcordNetwork network) : IClassFixture<ConcordNetwork>
{
    private const string Partnership = "AGR-GB-JMLIT-2026";

    [Fact]
    public async Task FromDisseminationThroughAProductionRequestToClosure_TheOutcomeReachesTheFiuAndEachContributingBank()
    {
        using var alpha = await network.ClientAsync(network.GatewayAddress, DemoClients.BankAlpha);
        using var beta = await network.ClientAsync(network.GatewayAddress, DemoClients.BankBeta);
        using var fiu = await network.ClientAsync(network.FiuAddress, DemoClients.Fiu);
        using var police = await network.ClientAsync(network.CasesAddress, DemoClients.PoliceCases);
        using var prosecutor = await network.ClientAsync(network.CasesAddress, DemoClients.ProsecutorCases);
        using var fiuInCases = await network.ClientAsync(network.CasesAddress, DemoClients.FiuCases);
        using var investigator = await network.ClientAsync(network.CasesAddress, DemoClients.BankAlphaInvestigator);

        // 1. Both banks report; the FIU acknowledges both.
        var alphaReport = await Journey.FileAsync(alpha, SampleReports.Structuring("bank-alpha", Journey.NewReference("E2EC")));
        var betaReport = await Journey.FileAsync(beta, SampleReports.Structuring("bank-beta", Journey.NewReference("E2EC")));
        await Journey.DecidedAsync(alpha, alphaReport);
        await Journey.DecidedAsync(beta, betaReport);

        // 2. The FIU disseminates both reports, with its analysis, to the police unit of the task force.
        var disseminated = await PostAsync(fiu, "api/v1/disseminations", new JsonObject
        {
            ["agreementCode"] = Partnership,
            ["recipientOrganisationId"] = "police-ecu",
            ["title"] = "Structured cash into one beneficiary at two banks",
            ["analysisNote"] = "Both banks report structured cash deposits paid on to the same beneficiary account.",
            ["reportReferences"] = new JsonArray(alphaReport, betaReport),
            ["marking"] = "Amber",
            ["sourceGrading"] = new JsonObject { ["reliability"] = "B", ["credibility"] = 2 },
        }, HttpStatusCode.Created);
        var dissemination = disseminated.GetProperty("reference").GetString()!;

        // 3. It arrives in Cases for the police unit only.
        await Eventually.AssertAsync(async () => (await police.GetAsync(new Uri($"api/v1/disseminations/{dissemination}", UriKind.Relative))).StatusCode == HttpStatusCode.OK,
            "the dissemination reaches the police unit in Cases");
        await AssertNotFoundAsync(prosecutor, $"api/v1/disseminations/{dissemination}");
        await AssertNotFoundAsync(investigator, $"api/v1/disseminations/{dissemination}");

        // 4. The police unit opens a case from it and brings in the prosecutor and Alpha's vetted investigator.
        var opened = await PostAsync(police, $"api/v1/disseminations/{dissemination}/case", new JsonObject { ["title"] = "Operation Ledger", ["caseType"] = "MoneyLaundering" }, HttpStatusCode.Created);
        var caseId = opened.GetProperty("id").GetString()!;
        await PostAsync(police, $"api/v1/cases/{caseId}/members", new JsonObject { ["personId"] = "cps-demo-cases", ["organisationId"] = "cps-demo", ["role"] = "Prosecutor" }, HttpStatusCode.Created);
        await PostAsync(police, $"api/v1/cases/{caseId}/members", new JsonObject { ["personId"] = "bank-alpha-investigator", ["organisationId"] = "bank-alpha", ["role"] = "BankInvestigator" }, HttpStatusCode.Created);
        await OutsidersSeeNothingAsync(fiuInCases, caseId);

        // 5. The FIU's item is the police unit's: neither the bank's investigator nor the prosecutor (no consent) sees it.
        var policeItems = await ItemsAsync(police, caseId);
        var intelligence = Assert.Single(policeItems, i => i.GetProperty("kind").GetString() == "Dissemination");
        var intelligenceId = intelligence.GetProperty("itemId").GetString()!;
        Assert.Equal(("fiu-gb", "police-ecu"), (intelligence.GetProperty("originator").GetString(), intelligence.GetProperty("holder").GetString()));
        Assert.Contains(alphaReport, intelligence.GetProperty("lineage").EnumerateArray().Select(l => l.GetString()));
        Assert.DoesNotContain(await ItemsAsync(investigator, caseId), i => i.GetProperty("itemId").GetString() == intelligenceId);
        Assert.DoesNotContain(await ItemsAsync(prosecutor, caseId), i => i.GetProperty("itemId").GetString() == intelligenceId);
        await AssertNotFoundAsync(investigator, $"api/v1/cases/{caseId}/items/{intelligenceId}");

        // 5b. The police unit asks to pass the FIU's item to the prosecutor: that needs the FIU's consent, which the FIU
        //     gives at the Agreements service; only then does the prosecutor see it (and no one else gains anything).
        using var fiuAgreements = await network.ClientAsync(network.AgreementsAddress, DemoClients.FiuAgreements);
        using var alphaAgreements = await network.ClientAsync(network.AgreementsAddress, DemoClients.BankAlphaAgreements);
        var share = await PostAsync(police, $"api/v1/cases/{caseId}/items/{intelligenceId}/onward-shares", new JsonObject
        {
            ["recipientOrganisationId"] = "cps-demo", ["purpose"] = "Prosecution", ["justification"] = "Charging advice needs the FIU's analysis.",
        }, HttpStatusCode.Accepted);
        var shareId = share.GetProperty("shareId").GetString()!;
        Assert.Equal("AwaitingConsent", share.GetProperty("status").GetString());
        await Eventually.AssertAsync(async () => (await fiuAgreements.GetAsync(new Uri($"api/v1/consent-requests/{shareId}", UriKind.Relative))).StatusCode == HttpStatusCode.OK,
            "the consent request reaches the FIU at the Agreements service");
        await AssertNotFoundAsync(alphaAgreements, $"api/v1/consent-requests/{shareId}");
        await AssertNotFoundAsync(prosecutor, $"api/v1/cases/{caseId}/items/{intelligenceId}");
        using (var byAlpha = await alphaAgreements.PostAsJsonAsync($"api/v1/consent-requests/{shareId}/grant", new JsonObject { ["expiresAt"] = DateTimeOffset.UtcNow.AddDays(30).ToString("O") }))
        {
            Assert.Equal(HttpStatusCode.NotFound, byAlpha.StatusCode);
        }

        await PostAsync(fiuAgreements, $"api/v1/consent-requests/{shareId}/grant", new JsonObject { ["expiresAt"] = DateTimeOffset.UtcNow.AddDays(30).ToString("O") }, HttpStatusCode.OK);
        await Eventually.AssertAsync(async () => (await prosecutor.GetAsync(new Uri($"api/v1/cases/{caseId}/items/{intelligenceId}", UriKind.Relative))).StatusCode == HttpStatusCode.OK,
            "the prosecutor sees the FIU's item once the consent is in force");
        var shares = await Eventually.GetAsync(
            async () => await police.GetFromJsonAsync<JsonElement>($"api/v1/cases/{caseId}/items/{intelligenceId}/onward-shares"),
            list => list.EnumerateArray().Any(x => x.GetProperty("status").GetString() == "Granted"), "the case records the FIU's grant");
        Assert.Equal(shareId, Assert.Single(shares.EnumerateArray()).GetProperty("shareId").GetString());
        await AssertNotFoundAsync(investigator, $"api/v1/cases/{caseId}/items/{intelligenceId}");
        await OutsidersSeeNothingAsync(fiuInCases, caseId);

        // 6. Report details come from the FIU, for the reader: the police unit reads Alpha's report; the investigator,
        //    who may not see the item, gets what an unknown report gets.
        var report = await police.GetFromJsonAsync<JsonElement>($"api/v1/cases/{caseId}/items/{intelligenceId}/reports/{alphaReport}");
        Assert.Equal("bank-alpha", report.GetProperty("bankOrganisationId").GetString());
        await AssertNotFoundAsync(investigator, $"api/v1/cases/{caseId}/items/{intelligenceId}/reports/{alphaReport}");

        // 7. A production request to Alpha Bank reaches Alpha's gateway inbox only.
        var requested = await PostAsync(police, $"api/v1/cases/{caseId}/production-requests", new JsonObject
        {
            ["bankOrganisationIds"] = new JsonArray("bank-alpha"),
            ["description"] = "Statements of the beneficiary account, January to June 2026.",
            ["subjects"] = new JsonArray(new JsonObject
            {
                ["localId"] = "S1", ["kind"] = "LegalEntity", ["legalEntity"] = new JsonObject { ["name"] = "Brightwash Valeting Ltd" },
                ["accounts"] = new JsonArray(new JsonObject { ["iban"] = "GB33BUKB20201555555555" }),
            }),
            ["legalInstrument"] = "Production order 2026/117",
            ["deadline"] = DateTimeOffset.UtcNow.AddDays(14).ToString("O"),
        }, HttpStatusCode.Created);
        var productionReference = requested[0].GetProperty("reference").GetString()!;
        await Eventually.AssertAsync(async () => (await alpha.GetAsync(new Uri($"api/v1/production-requests/{productionReference}", UriKind.Relative))).StatusCode == HttpStatusCode.OK,
            "the production request reaches Alpha's gateway");
        await AssertNotFoundAsync(beta, $"api/v1/production-requests/{productionReference}");
        var betaInbox = await beta.GetFromJsonAsync<JsonElement>("api/v1/production-requests?pageSize=200");
        Assert.DoesNotContain(betaInbox.GetProperty("items").EnumerateArray(), r => r.GetProperty("reference").GetString() == productionReference);

        // 8. Beta cannot answer it; Alpha answers with a statement.
        var statement = Encoding.UTF8.GetBytes("date,amount,currency\n2026-03-02,9500,GBP\n2026-03-03,9400,GBP\n");
        var answer = new JsonObject
        {
            ["documents"] = new JsonArray(new JsonObject
            {
                ["fileName"] = "statements.csv", ["mediaType"] = "text/csv", ["description"] = "Statements Jan–Jun 2026", ["content"] = Convert.ToBase64String(statement),
            }),
            ["comment"] = "The account-opening file follows.",
        };
        using (var byBeta = await beta.PostAsJsonAsync($"api/v1/production-requests/{productionReference}/answer", answer))
        {
            Assert.Equal(HttpStatusCode.NotFound, byBeta.StatusCode);
        }

        await PostAsync(alpha, $"api/v1/production-requests/{productionReference}/answer", answer, HttpStatusCode.Created);

        // 9. The documents arrive in the case as Alpha's item: the police unit and Alpha's investigator see them, with
        //    the bytes Alpha sent; the prosecutor (no consent from Alpha) does not.
        var produced = await Eventually.GetAsync(
            async () => (await ItemsAsync(police, caseId)).FirstOrDefault(i => i.GetProperty("kind").GetString() == "ProducedDocuments"),
            item => item.ValueKind == JsonValueKind.Object, "Alpha's answer arrives in the case", TimeSpan.FromSeconds(60));
        var producedId = produced.GetProperty("itemId").GetString()!;
        Assert.Equal("bank-alpha", produced.GetProperty("originator").GetString());
        var asSeenByAlpha = await investigator.GetFromJsonAsync<JsonElement>($"api/v1/cases/{caseId}/items/{producedId}");
        var documentId = asSeenByAlpha.GetProperty("documents")[0].GetProperty("documentId").GetString()!;
        Assert.Equal(statement, await investigator.GetByteArrayAsync(new Uri($"api/v1/cases/{caseId}/items/{producedId}/documents/{documentId}", UriKind.Relative)));
        await AssertNotFoundAsync(prosecutor, $"api/v1/cases/{caseId}/items/{producedId}");
        await OutsidersSeeNothingAsync(fiuInCases, caseId);
        var betaAfterAnswer = await beta.GetStringAsync(new Uri("api/v1/production-requests?pageSize=200", UriKind.Relative));
        Assert.DoesNotContain(productionReference, betaAfterAnswer, StringComparison.Ordinal);

        // 10. The case runs to closure with its outcome.
        foreach (var milestone in new[] { "UnderInvestigation", "ReferredToProsecution", "Charged" })
        {
            await PostAsync(police, $"api/v1/cases/{caseId}/milestones", new JsonObject { ["milestone"] = milestone }, HttpStatusCode.OK);
        }

        var closed = await PostAsync(police, $"api/v1/cases/{caseId}/milestones",
            new JsonObject { ["milestone"] = "Closed", ["outcome"] = "Convicted", ["reason"] = "Both directors convicted of money laundering." }, HttpStatusCode.OK);
        var caseReference = closed.GetProperty("reference").GetString()!;
        await OutsidersSeeNothingAsync(fiuInCases, caseId);

        // 11. The FIU learns the outcome on its dissemination, with both reports.
        var fiuOutcome = await Eventually.GetAsync(
            async () => (await fiu.GetFromJsonAsync<JsonElement>($"api/v1/disseminations/{dissemination}")).GetProperty("outcomes"),
            outcomes => outcomes.GetArrayLength() > 0, "the outcome reaches the FIU", TimeSpan.FromSeconds(60));
        Assert.Equal((caseReference, "Convicted"), (fiuOutcome[0].GetProperty("caseReference").GetString(), fiuOutcome[0].GetProperty("outcome").GetString()));
        Assert.Equivalent(new[] { alphaReport, betaReport }, fiuOutcome[0].GetProperty("reportReferences").EnumerateArray().Select(r => r.GetString()).ToArray());

        // 12. Each bank learns what its own report achieved — and nothing of the other's.
        foreach (var (bank, own, other) in new[] { (alpha, alphaReport, betaReport), (beta, betaReport, alphaReport) })
        {
            var outcomes = await Eventually.GetAsync(
                async () => (await Journey.StatusAsync(bank, own)).GetProperty("caseOutcomes"),
                o => o.GetArrayLength() > 0, $"the outcome reaches the bank that filed {own}", TimeSpan.FromSeconds(60));
            Assert.Equal((caseReference, "Convicted"), (outcomes[0].GetProperty("caseReference").GetString(), outcomes[0].GetProperty("outcome").GetString()));
            var listed = await bank.GetStringAsync(new Uri("api/v1/case-outcomes?pageSize=200", UriKind.Relative));
            Assert.DoesNotContain(other, listed, StringComparison.Ordinal);
        }
    }

    /// <summary>An organisation of the task force that is not a member of the case (the FIU's case analyst) finds no trace of it.</summary>
    private static async Task OutsidersSeeNothingAsync(HttpClient outsider, string caseId)
    {
        foreach (var path in new[] { $"api/v1/cases/{caseId}", $"api/v1/cases/{caseId}/items", $"api/v1/cases/{caseId}/timeline", $"api/v1/cases/{caseId}/production-requests" })
        {
            await AssertNotFoundAsync(outsider, path);
        }

        var listed = await outsider.GetStringAsync(new Uri("api/v1/cases?pageSize=200", UriKind.Relative));
        Assert.DoesNotContain(caseId, listed, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string path, JsonNode body, HttpStatusCode expected)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"POST {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text);
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient http, string caseId)
    {
        var items = await http.GetFromJsonAsync<JsonElement>($"api/v1/cases/{caseId}/items");
        return [.. items.EnumerateArray()];
    }

    private static async Task AssertNotFoundAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {path}: {(int)response.StatusCode}, expected 404");
    }
}
