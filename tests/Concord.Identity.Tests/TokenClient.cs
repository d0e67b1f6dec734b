using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace Concord.Identity.Tests;

/// <summary>Talks OAuth to a test identity server the way a bank's system would: form posts, JSON answers.</summary>
public static class TokenClient
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> RequestAsync(HttpClient http, params (string Name, string Value)[] parameters)
    {
        using var form = new FormUrlEncodedContent(parameters.Select(p => KeyValuePair.Create(p.Name, p.Value)));
        using var response = await http.PostAsync(new Uri("connect/token", UriKind.Relative), form);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, body);
    }

    public static Task<(HttpStatusCode Status, JsonElement Body)> ClientCredentialsAsync(HttpClient http, string clientId, string secret, string? scope = null)
    {
        var parameters = new List<(string, string)> { ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret) };
        if (scope is not null)
        {
            parameters.Add(("scope", scope));
        }

        return RequestAsync(http, [.. parameters]);
    }

    /// <summary>An access token for the client, failing the test with the server's answer when none is issued.</summary>
    public static async Task<JsonWebToken> AccessTokenAsync(HttpClient http, string clientId, string secret, string? scope = null)
    {
        var (status, body) = await ClientCredentialsAsync(http, clientId, secret, scope);
        Assert.True(status == HttpStatusCode.OK, $"Expected a token, got {(int)status}: {body}");
        return new JsonWebToken(body.GetProperty("access_token").GetString());
    }

    /// <summary>The server's published signing keys, found through its discovery document as a resource server finds them.</summary>
    public static async Task<IList<SecurityKey>> PublishedSigningKeysAsync(HttpClient http)
    {
        var discovery = JsonDocument.Parse(await http.GetStringAsync(new Uri(".well-known/openid-configuration", UriKind.Relative)));
        var jwksUri = new Uri(discovery.RootElement.GetProperty("jwks_uri").GetString()!);
        return new JsonWebKeySet(await http.GetStringAsync(jwksUri)).GetSigningKeys();
    }
}
