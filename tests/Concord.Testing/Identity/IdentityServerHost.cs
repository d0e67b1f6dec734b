using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Concord.Identity;
using Concord.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Concord.Testing;

/// <summary>
/// The real Concord identity server on a loopback port, with its own database and the demo seed, so tests
/// authenticate with real tokens exactly as banks, the FIU, the secretariat and the services do. Compiled into each
/// test project that hosts it (it needs the Identity service's entry point), not into Concord.Testing itself.
/// </summary>
public sealed class IdentityServerHost : IAsyncDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create("identity_test");
    private readonly string _keyDirectory = Directory.CreateTempSubdirectory("concord-keys-").FullName;
    private readonly KestrelIdentityFactory _factory;
    private readonly HttpClient _http;

    public IdentityServerHost()
    {
        var port = FreePort.Next();
        Issuer = new Uri($"http://127.0.0.1:{port}/");
        _factory = new KestrelIdentityFactory(new Dictionary<string, string>
        {
            ["ConnectionStrings:identity"] = _database.ConnectionString,
            ["Concord:Identity:Issuer"] = Issuer.ToString(),
            ["Concord:Identity:KeyDirectory"] = _keyDirectory,
            ["Concord:Identity:RequireHttps"] = "false",
            ["Concord:Identity:SeedFile"] = RepositoryPaths.DemoSeed,
        });
        _factory.UseKestrel(port);
        _factory.StartServer();
        _http = new HttpClient { BaseAddress = Issuer };
    }

    /// <summary>The issuer, which is also the authority resource servers are configured with.</summary>
    public Uri Issuer { get; }

    public async Task<string> GetTokenAsync(string clientId, string clientSecret, string scope)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
            ["scope"] = scope,
        });
        using var response = await _http.PostAsync(new Uri("connect/token", UriKind.Relative), form);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Token request for {clientId} ({scope}) failed: {(int)response.StatusCode} {body}");
        }

        return System.Text.Json.JsonSerializer.Deserialize<TokenResponse>(body)!.AccessToken;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_keyDirectory, recursive: true);
    }

    // Note: a subclass rather than WithWebHostBuilder, whose derived factory does not carry UseKestrel over.
    private sealed class KestrelIdentityFactory(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<IdentityService>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }

    private sealed record TokenResponse([property: JsonPropertyName("access_token")] string AccessToken);
}
