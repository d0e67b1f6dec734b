using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.BankGateway.Domain;
using Concord.Contracts.Filing;
using Concord.ServiceDefaults.Messaging;
using Concord.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Concord.BankGateway.Tests.Integration;

public sealed class FilingApiTests(GatewayNetwork network) : IClassFixture<GatewayNetwork>
{
    private static string NewReference() => $"ALPHA-{Guid.NewGuid():N}"[..30];

    private static StringContent Json(object value) => new(JsonSerializer.Serialize(value, ContractJson.Options), Encoding.UTF8, "application/json");

    private static StringContent RawJson(string json) => new(json, Encoding.UTF8, "application/json");

    private Task<int> StoredCountAsync(string bank) => network.QueryAsync(db => db.Reports.CountAsync(r => r.BankOrganisationId == bank));

    [Fact]
    public async Task FileReport_WhenValid_Returns201WithReferenceAndStoresOnce()
    {
        using var alpha = await network.ClientForAsync(DemoClients.BankAlpha);
        var bankReference = NewReference();

        using var response = await alpha.PostAsync(new Uri("/api/v1/reports", UriKind.Relative), Json(SampleReports.Structuring("bank-alpha", bankReference)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        var concordReference = receipt.GetProperty("concordReference").GetString()!;
        Assert.Matches("^CR-\\d{4}-[0-9A-Z]{10}$", concordReference);
        Assert.Equal("Received", receipt.GetProperty("status").GetString());
        Assert.False(receipt.GetProperty("duplicate").GetBoolean());
        Assert.Equal($"/api/v1/reports/{concordReference}", response.Headers.Location?.OriginalString);
        Assert.Equal(1, await network.QueryAsync(db => db.Reports.CountAsync(r => r.BankReference == bankReference)));
    }

    [Fact]
    public async Task FileReport_WhenStored_KeepsTheDocumentByteForByteAsHashed()
    {
        using var alpha = await network.ClientForAsync(DemoClients.BankAlpha);
        var bankReference = NewReference();

        using var response = await alpha.PostAsync(new Uri("/api/v1/reports", UriKind.Relative), Json(SampleReports.Structuring("bank-alpha", bankReference)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await network.QueryAsync(db => db.Reports.AsNoTracking().SingleAsync(r => r.BankReference == bankReference));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(stored.Report)));
        Assert.Equal(stored.ContentHash, hash);
        Assert.Equal(bankReference, JsonDocument.Parse(stored.Report).RootElement.GetProperty("bankReference").GetString());
    }

    [Fact]
    public async Task FileReport_WhenFiledTwice_ReturnsSameReferenceAndStoresOneReport()
    {
        using var alpha = await network.ClientForAsync(DemoClients.BankAlpha);
        var report = SampleReports.Structuring("bank-alpha", NewReference());

        using var first = await alpha.PostAsync(new Uri("/api/v1/reports", UriKind.Relative), Json(report));
        using var second = await alpha.PostAsync(new Uri("/api/v1/reports", UriKind.Relative), Json(report));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var a = await first.Content.ReadFromJsonAsync<JsonElement>();
        var b = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(a.GetProperty("concordReference").GetString(), b.GetProperty("concordReference").GetString());
        Assert.True(b.GetProperty("duplicate").GetBoolean());
        Assert.Equal(1, await network.QueryAsync(db => db.Reports.CountAsync(r => r.BankReference == report.BankReference)));
    }

    [Fact]
    public async Task FileReport_WhenFiledConcurrently_StoresExactlyOne()
    {
        using var alpha = await network.ClientForAsync(DemoClients.BankAlpha);
        var report = SampleReports.Structuring("bank-alpha", NewReference());

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => alpha.PostAsync(new Uri("/api/v1/reports", UriKind.Relative), Json(report))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK }));
        var references = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("concordReference").GetString()));
        Assert.Single(references.Distinct());
        Assert.Equal(1, await network.QueryAsync(db => db.Reports.CountAsync(r => r.BankReference == report.BankReference)));
    }

    [Fact]
    public async Task FileReport_WhenReferenceReusedForDifferentReport_Returns409AndKeepsTheFirst()
    {
        using var alpha = await network.ClientForAsync(DemoClients.BankAlpha);
        var report = SampleReports.Structuring("bank-alpha", NewReference());
        using var first = await alpha.PostAsync(new Uri("/api/v1/reports", UriKind.Relative), Json(report));

        using var second = await alpha.PostAsync(new Uri("/api/v1/reports", UriKind.Relative), Json(report with { Narrative = report.Narrative + " Amended." }));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, await network.QueryAsync(db => db.Reports.CountAsync(r => r.BankReference == report.BankReference)));
    }

    [Fact]
    public async Task FileReport_WhenInvalid_Returns400WithFieldErrorsAndStoresNothing()
    {
        using var alpha = await network.ClientForAsync(DemoClients.BankAlpha);
        var report = SampleReports.Structuring("bank-alpha", NewReference());
        var transactions = report.Transactions.ToList();
        transactions[1] = transactions[1] with { Currency = "ABC" };
        var before = await StoredCountAsync("bank-alpha");

        using var response = await alpha.PostAsync(new Uri("/api/v1/reports", UriKind.Relative), Json(report with { Transactions = transactions, DetectedOn = new DateOnly(2030, 1, 1) }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("transactions[1].currency", out _));
        Assert.True(errors.TryGetProperty("detectedOn", out _));
        var codes = problem.GetProperty("fieldErrors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();
        Assert.Contains("UnknownCurrency", codes);
        Assert.Contains("FutureDate", codes);
        Assert.Equal(before, await StoredCountAsync("bank-alpha"));
    }

    [Theory]
    [InlineData("{\"bankReference\": \"X-1\", ", "")]
    [InlineData("{\"bankReference\": \"X-1\", \"subjects\": [{\"localId\": \"S1\", \"kind\": 7}]}", "subjects[0].kind")]
    [InlineData("{\"bankReference\": \"X-1\", \"detectedOn\": \"2026-02-30\"}", "detectedOn")]
    [InlineData("{\"bankReference\": \"X-1\", \"favouriteColour\": \"blue\"}", "")]
    public async Task FileReport_WhenJsonMalformed_Returns400WithPath(string body, string path)
    {
        using var alpha = await network.ClientForAsync(DemoClients.BankAlpha);
        using var response = await alpha.PostAsync(new Uri("/api/v1/reports", UriKind.Relative), RawJson(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var error = Assert.Single(problem.GetProperty("fieldErrors").EnumerateArray());
        Assert.Equal("MalformedJson", error.GetProperty("code").GetString());
        Assert.StartsWith(path, error.GetProperty("path").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileReport_WhenRequiredFieldsMissing_ListsEveryMissingField()
    {
        using var alpha = await network.ClientForAsync(DemoClients.BankAlpha);
        using var response = await alpha.PostAsync(new Uri("/api/v1/reports", UriKind.Relative), RawJson("{\"bankReference\": \"X-2\"}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var path in new[] { "reportTypeCode", "reportingEntity", "narrative", "subjects" })
        {
            Assert.True(errors.TryGetProperty(path, out _), $"no error for {path}");
        }
    }

    [Fact]
    public async Task FileReport_WhenFilingAsAnotherBank_Returns403AndStoresNothing()
    {
        using var alpha = await network.ClientForAsync(DemoClients.BankAlpha);
        var before = await StoredCountAsync("bank-beta");

        using var response = await alpha.PostAsync(new Uri("/api/v1/reports", UriKind.Relative), Json(SampleReports.Structuring("bank-beta", NewReference())));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await StoredCountAsync("bank-beta"));
    }

    [Fact]
    public async Task GetReport_WhenAnotherBankAsks_LooksExactlyLikeAnUnknownReport()
    {
        using var alpha = await network.ClientForAsync(DemoClients.BankAlpha);
        using var beta = await network.ClientForAsync(DemoClients.BankBeta);
        using var filed = await alpha.PostAsync(new Uri("/api/v1/reports", UriKind.Relative), Json(SampleReports.Structuring("bank-alpha", NewReference())));
        var reference = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("concordReference").GetString()!;
        const string unknown = "CR-2026-0000000000";

        using var own = await alpha.GetAsync(new Uri($"/api/v1/reports/{reference}", UriKind.Relative));
        using var foreign = await beta.GetAsync(new Uri($"/api/v1/reports/{reference}", UriKind.Relative));
        using var missing = await beta.GetAsync(new Uri($"/api/v1/reports/{unknown}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var foreignBody = (await foreign.Content.ReadAsStringAsync()).Replace(reference, "{ref}", StringComparison.Ordinal);
        var missingBody = (await missing.Content.ReadAsStringAsync()).Replace(unknown, "{ref}", StringComparison.Ordinal);
        Assert.Equal(Normalise(missingBody), Normalise(foreignBody));

        using var list = await beta.GetAsync(new Uri($"/api/v1/reports?pageSize=200", UriKind.Relative));
        Assert.DoesNotContain(reference, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Normalise(string problem)
    {
        // The trace id differs per request; everything else must be identical.
        var element = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(problem)!;
        element.Remove("traceId");
        return JsonSerializer.Serialize(element);
    }

    [Fact]
    public async Task GetReport_WhenOwnReport_ShowsStatusReceived()
    {
        using var alpha = await network.ClientForAsync(DemoClients.BankAlpha);
        var bankReference = NewReference();
        using var filed = await alpha.PostAsync(new Uri("/api/v1/reports", UriKind.Relative), Json(SampleReports.Structuring("bank-alpha", bankReference)));
        var reference = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("concordReference").GetString()!;

        var status = await alpha.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/reports/{reference}", UriKind.Relative));

        Assert.Equal(bankReference, status.GetProperty("bankReference").GetString());
        Assert.Equal(nameof(ReportStatus.Received), status.GetProperty("status").GetString());
        Assert.Equal("STR", status.GetProperty("reportTypeCode").GetString());
    }
}
