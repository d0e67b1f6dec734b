using System.Net;
using System.Text.Json;
using Xunit;

namespace Concord.Identity.Tests;

public sealed class DiscoveryTests(IdentityServerFixture server) : IClassFixture<IdentityServerFixture>
{
    [Fact]
    public async Task Discovery_WhenRequested_ListsIssuerTokenEndpointAndKeySet()
    {
        using var http = server.CreateClient();

        var discovery = JsonDocument.Parse(await http.GetStringAsync(new Uri(".well-known/openid-configuration", UriKind.Relative))).RootElement;

        Assert.Equal(IdentityHost.Issuer, discovery.GetProperty("issuer").GetString());
        Assert.Equal("http://localhost/connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.Equal("http://localhost/connect/authorize", discovery.GetProperty("authorization_endpoint").GetString());
        Assert.Equal(["client_credentials", "authorization_code"], Strings(discovery, "grant_types_supported"));
        Assert.Equal(["S256"], Strings(discovery, "code_challenge_methods_supported"));

        var jwks = JsonDocument.Parse(await http.GetStringAsync(new Uri(discovery.GetProperty("jwks_uri").GetString()!))).RootElement;
        var key = Assert.Single(jwks.GetProperty("keys").EnumerateArray());
        Assert.Equal("RSA", key.GetProperty("kty").GetString());
        Assert.Equal("sig", key.GetProperty("use").GetString());
        Assert.False(key.TryGetProperty("d", out _), "The key set must never publish the private exponent.");
    }

    [Fact]
    public async Task Readiness_WhenDatabaseMigrated_ReportsHealthy()
    {
        using var http = server.CreateClient();

        using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string[] Strings(JsonElement element, string property) =>
        [.. element.GetProperty(property).EnumerateArray().Select(value => value.GetString()!)];
}
