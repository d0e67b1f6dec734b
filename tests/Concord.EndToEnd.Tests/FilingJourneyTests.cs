using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Testing;
using Xunit;

namespace Concord.EndToEnd.Tests;

/// <summary>A bank files through the gateway; the FIU acknowledges or rejects; the bank sees it. Real processes, real tokens.</summary>
public sealed class FilingJourneyTests(ConcordNetwork network) : IClassFixture<ConcordNetwork>
{
    [Fact]
    public async Task FileReport_WhenValid_IsAcknowledgedWithTheFiusReference()
    {
        using var alpha = await network.ClientAsync(network.GatewayAddress, DemoClients.BankAlpha);
        using var fiu = await network.ClientAsync(network.FiuAddress, DemoClients.Fiu);
        var reference = await Journey.FileAsync(alpha, SampleReports.Structuring("bank-alpha", Journey.NewReference("E2E")));

        var status = await Journey.DecidedAsync(alpha, reference);

        Assert.Equal("Acknowledged", status.GetProperty("status").GetString());
        var fiuReference = status.GetProperty("fiuReference").GetString()!;
        Assert.Matches("^FIU-\\d{4}-[0-9A-Z]{10}$", fiuReference);
        var received = await fiu.GetFromJsonAsync<JsonElement>(new Uri($"api/v1/reports/{fiuReference}", UriKind.Relative));
        Assert.Equal(reference, received.GetProperty("concordReference").GetString());
    }

    [Fact]
    public async Task FileReport_WhenFiuDoesNotAcceptTheReportType_IsRejectedWithFieldReasons()
    {
        using var alpha = await network.ClientAsync(network.GatewayAddress, DemoClients.BankAlpha);
        var report = SampleReports.Structuring("bank-alpha", Journey.NewReference("E2EX")) with { ReportTypeCode = "XYZ" };
        var reference = await Journey.FileAsync(alpha, report);

        var status = await Journey.DecidedAsync(alpha, reference);

        Assert.Equal("Rejected", status.GetProperty("status").GetString());
        var reasons = status.GetProperty("rejectionReasons").EnumerateArray().ToList();
        Assert.Contains(reasons, r => r.GetProperty("path").GetString()!.EndsWith("reportTypeCode", StringComparison.Ordinal));
        Assert.All(reasons, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("message").GetString())));
    }

    [Fact]
    public async Task FileReport_WhenFiledTwice_ReachesTheFiuOnce()
    {
        using var alpha = await network.ClientAsync(network.GatewayAddress, DemoClients.BankAlpha);
        using var fiu = await network.ClientAsync(network.FiuAddress, DemoClients.Fiu);
        var report = SampleReports.Structuring("bank-alpha", Journey.NewReference("E2ED"));

        var first = await Journey.FileAsync(alpha, report);
        var second = await Journey.FileAsync(alpha, report, HttpStatusCode.OK);
        var status = await Journey.DecidedAsync(alpha, first);

        Assert.Equal(first, second);
        var fiuReference = status.GetProperty("fiuReference").GetString()!;
        var byConcord = await fiu.GetFromJsonAsync<JsonElement>(new Uri($"api/v1/reports/{first}", UriKind.Relative));
        Assert.Equal(fiuReference, byConcord.GetProperty("fiuReference").GetString());
        var listing = await fiu.GetFromJsonAsync<JsonElement>(new Uri("api/v1/reports?bankOrganisationId=bank-alpha&pageSize=200", UriKind.Relative));
        Assert.Single(listing.GetProperty("items").EnumerateArray(), item => item.GetProperty("concordReference").GetString() == first);
    }

    [Fact]
    public async Task GetReport_WhenAnotherBankAsks_IsNotFound()
    {
        using var alpha = await network.ClientAsync(network.GatewayAddress, DemoClients.BankAlpha);
        using var beta = await network.ClientAsync(network.GatewayAddress, DemoClients.BankBeta);
        var reference = await Journey.FileAsync(alpha, SampleReports.Structuring("bank-alpha", Journey.NewReference("E2EB")));

        using var response = await beta.GetAsync(new Uri($"api/v1/reports/{reference}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task FiuApi_WhenCalledWithABankToken_IsRefused()
    {
        using var alphaAtFiu = await network.ClientAsync(network.FiuAddress, DemoClients.BankAlpha);

        using var response = await alphaAtFiu.GetAsync(new Uri("api/v1/reports", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
