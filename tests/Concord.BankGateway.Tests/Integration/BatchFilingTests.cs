using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.ServiceDefaults.Messaging;
using Concord.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Concord.BankGateway.Tests.Integration;

public sealed class BatchFilingTests(GatewayNetwork network) : IClassFixture<GatewayNetwork>
{
    private static string NewReference() => $"BATCH-{Guid.NewGuid():N}"[..30];

    private static StringContent Json(object value) => new(JsonSerializer.Serialize(value, ContractJson.Options), Encoding.UTF8, "application/json");

    [Fact]
    public async Task FileBatch_WhenSomeReportsInvalid_FilesTheValidOnesAndExplainsTheRest()
    {
        using var alpha = await network.ClientForAsync(DemoClients.BankAlpha);
        var good = Enumerable.Range(0, 4).Select(_ => SampleReports.Structuring("bank-alpha", NewReference())).ToList();
        var bad = good[0] with { BankReference = NewReference(), Narrative = "" };
        var repeated = good[1];

        using var response = await alpha.PostAsync(new Uri("/api/v1/reports/batch", UriKind.Relative), Json(new { reports = new[] { good[0], good[1], bad, good[2], repeated, good[3] } }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4, body.GetProperty("accepted").GetInt32());
        Assert.Equal(1, body.GetProperty("duplicates").GetInt32());
        Assert.Equal(1, body.GetProperty("invalid").GetInt32());
        var results = body.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(6, results.Count);
        Assert.Equal("Invalid", results[2].GetProperty("outcome").GetString());
        Assert.Equal("narrative", results[2].GetProperty("errors")[0].GetProperty("path").GetString());
        Assert.Equal("Duplicate", results[4].GetProperty("outcome").GetString());
        Assert.Equal(results[1].GetProperty("concordReference").GetString(), results[4].GetProperty("concordReference").GetString());
        var references = good.Select(r => r.BankReference).Append(bad.BankReference).ToList();
        Assert.Equal(4, await network.QueryAsync(db => db.Reports.CountAsync(r => references.Contains(r.BankReference))));
    }

    [Fact]
    public async Task FileBatch_WhenAtomicAndOneInvalid_FilesNothing()
    {
        using var alpha = await network.ClientForAsync(DemoClients.BankAlpha);
        var good = SampleReports.Structuring("bank-alpha", NewReference());
        var bad = SampleReports.Structuring("bank-alpha", NewReference()) with { LocalCurrency = "XXY" };

        using var response = await alpha.PostAsync(new Uri("/api/v1/reports/batch?atomic=true", UriKind.Relative), Json(new { reports = new[] { good, bad } }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("reports[1].localCurrency", out _));
        Assert.Equal(0, await network.QueryAsync(db => db.Reports.CountAsync(r => r.BankReference == good.BankReference || r.BankReference == bad.BankReference)));
    }

    [Fact]
    public async Task FileBatch_WhenAtomicAndOneConflicts_Returns409AndFilesNothing()
    {
        using var alpha = await network.ClientForAsync(DemoClients.BankAlpha);
        var earlier = SampleReports.Structuring("bank-alpha", NewReference());
        using (var first = await alpha.PostAsync(new Uri("/api/v1/reports", UriKind.Relative), Json(earlier)))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }

        var good = SampleReports.Structuring("bank-alpha", NewReference());
        var conflicting = earlier with { Narrative = earlier.Narrative + " Amended." };

        using var response = await alpha.PostAsync(new Uri("/api/v1/reports/batch?atomic=true", UriKind.Relative), Json(new { reports = new[] { good, earlier, conflicting } }));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldErrors").EnumerateArray());
        Assert.Equal(("reports[2].bankReference", "Conflict"), (error.GetProperty("path").GetString(), error.GetProperty("code").GetString()));
        Assert.Equal(0, await network.QueryAsync(db => db.Reports.CountAsync(r => r.BankReference == good.BankReference)));
        Assert.Equal(1, await network.QueryAsync(db => db.Reports.CountAsync(r => r.BankReference == earlier.BankReference)));
    }

    [Fact]
    public async Task FileBatch_WhenAtomicAndAllGood_FilesEveryReport()
    {
        using var alpha = await network.ClientForAsync(DemoClients.BankAlpha);
        var reports = Enumerable.Range(0, 3).Select(_ => SampleReports.Structuring("bank-alpha", NewReference())).ToList();

        using var response = await alpha.PostAsync(new Uri("/api/v1/reports/batch?atomic=true", UriKind.Relative), Json(new { reports }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32());
        var references = reports.Select(r => r.BankReference).ToList();
        Assert.Equal(3, await network.QueryAsync(db => db.Reports.CountAsync(r => references.Contains(r.BankReference))));
    }

    [Fact]
    public async Task FileBatch_WhenLargerThanLimit_Returns400AndFilesNothing()
    {
        using var alpha = await network.ClientForAsync(DemoClients.BankAlpha);
        var prefix = $"BIG-{Guid.NewGuid():N}"[..12];
        var reports = Enumerable.Range(0, 1001).Select(i => SampleReports.Structuring("bank-alpha", $"{prefix}-{i}")).ToList();

        using var response = await alpha.PostAsync(new Uri("/api/v1/reports/batch", UriKind.Relative), Json(new { reports }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldErrors").EnumerateArray());
        Assert.Equal("TooMany", error.GetProperty("code").GetString());
        Assert.Equal(0, await network.QueryAsync(db => db.Reports.CountAsync(r => r.BankReference.StartsWith(prefix))));
    }

    [Fact]
    public async Task FileBatch_WhenEmpty_Returns400()
    {
        using var alpha = await network.ClientForAsync(DemoClients.BankAlpha);
        using var response = await alpha.PostAsync(new Uri("/api/v1/reports/batch", UriKind.Relative), Json(new { reports = Array.Empty<object>() }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task FileReport_WhenBodyIsNotJson_Returns415()
    {
        using var alpha = await network.ClientForAsync(DemoClients.BankAlpha);
        using var response = await alpha.PostAsync(new Uri("/api/v1/reports", UriKind.Relative), new StringContent("<report/>", Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
