using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Concord.Contracts.Filing;
using Concord.ServiceDefaults.Messaging;
using Concord.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Concord.BankGateway.Tests.Integration;

public sealed class AuthenticationTests(GatewayNetwork network) : IClassFixture<GatewayNetwork>
{
    private static StringContent Report() =>
        new(JsonSerializer.Serialize(SampleReports.Structuring("bank-alpha", $"AUTH-{Guid.NewGuid():N}"[..30]), ContractJson.Options), Encoding.UTF8, "application/json");

    private async Task AssertRefusedAsync(string? token)
    {
        using var http = network.Gateway.CreateClient();
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var before = await network.QueryAsync(db => db.Reports.CountAsync());
        using var filing = await http.PostAsync(new Uri("/api/v1/reports", UriKind.Relative), Report());
        using var listing = await http.GetAsync(new Uri("/api/v1/reports", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, filing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, listing.StatusCode);
        Assert.Equal(before, await network.QueryAsync(db => db.Reports.CountAsync()));
    }

    [Fact]
    public Task FileReport_WhenNoToken_Returns401() => AssertRefusedAsync(null);

    [Fact]
    public Task FileReport_WhenTokenIsGarbage_Returns401() => AssertRefusedAsync("not-a-token");

    [Fact]
    public async Task FileReport_WhenTokenIsForAnotherAudience_Returns401() =>
        await AssertRefusedAsync(await network.Identity.GetTokenAsync(DemoClients.Fiu.Id, DemoClients.Fiu.Secret, DemoClients.Fiu.Scope));

    [Fact]
    public async Task FileReport_WhenTokenSignedWithAnotherKey_Returns401()
    {
        // A token with the right issuer, audience and claims, signed by a key the identity server never published.
        using var rsa = RSA.Create(2048);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "RS256", typ = "at+jwt", kid = "forged" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["iss"] = network.Identity.Issuer.ToString(),
            ["aud"] = BankGatewayService.Audience,
            ["sub"] = "bank-alpha-filing",
            ["client_id"] = "bank-alpha-filing",
            ["concord_org"] = "bank-alpha",
            ["concord_org_kind"] = "Bank",
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 600,
        }));
        var signature = Base64Url(rsa.SignData(Encoding.ASCII.GetBytes($"{header}.{payload}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

        await AssertRefusedAsync($"{header}.{payload}.{signature}");
    }

    [Fact]
    public async Task Health_WhenAnonymous_AnswersLiveAndReady()
    {
        using var http = network.Gateway.CreateClient();
        using var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
        var ready = await Eventually.GetAsync(
            async () => (await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode,
            status => status == HttpStatusCode.OK, "the gateway is ready (database and broker)");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
