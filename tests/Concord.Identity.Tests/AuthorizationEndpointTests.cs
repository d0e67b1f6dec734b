using System.Net;
using System.Web;
using Concord.Identity.Endpoints;
using Xunit;

namespace Concord.Identity.Tests;

public sealed class AuthorizationEndpointTests(IdentityServerFixture server) : IClassFixture<IdentityServerFixture>
{
    private const string ConsoleRedirect = "http://127.0.0.1:5400/signin-oidc";

    // Note: the RFC 7636 appendix B example verifier's S256 challenge.
    private const string Challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    [Fact]
    public async Task Authorize_WhenConsoleStartsSignInWithPkce_RedirectsBackWithAccessDeniedExplanation()
    {
        using var http = server.CreateClient();

        using var response = await http.GetAsync(AuthorizeUri(("code_challenge", Challenge), ("code_challenge_method", "S256")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(ConsoleRedirect, location.ToString(), StringComparison.Ordinal);
        var query = HttpUtility.ParseQueryString(location.Query);
        Assert.Equal("access_denied", query["error"]);
        Assert.Equal(AuthorizationEndpoint.NotAvailableYet, query["error_description"]);
        Assert.Equal("state-1", query["state"]);
        Assert.Null(query["code"]);
    }

    [Fact]
    public async Task Authorize_WhenPkceChallengeMissing_IsRejectedWithoutRedirect()
    {
        using var http = server.CreateClient();

        using var response = await http.GetAsync(AuthorizeUri());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("code_challenge", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_WhenPlainPkceMethodUsed_IsRejected()
    {
        using var http = server.CreateClient();

        using var response = await http.GetAsync(AuthorizeUri(("code_challenge", Challenge), ("code_challenge_method", "plain")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("error:invalid_request", body, StringComparison.Ordinal);
        Assert.Contains("code_challenge_method", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_WhenRedirectUriNotRegistered_IsRejectedWithoutRedirect()
    {
        using var http = server.CreateClient();

        using var response = await http.GetAsync(AuthorizeUri(
            ("code_challenge", Challenge), ("code_challenge_method", "S256"), ("redirect_uri", "http://attacker.example/callback")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    private static Uri AuthorizeUri(params (string Name, string Value)[] extra)
    {
        var parameters = new Dictionary<string, string>
        {
            ["client_id"] = "concord-console",
            ["response_type"] = "code",
            ["redirect_uri"] = ConsoleRedirect,
            ["scope"] = "openid concord.fiu",
            ["state"] = "state-1",
        };
        foreach (var (name, value) in extra)
        {
            parameters[name] = value;
        }

        var query = string.Join("&", parameters.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        return new Uri($"connect/authorize?{query}", UriKind.Relative);
    }
}
