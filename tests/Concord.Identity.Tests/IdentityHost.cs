using Concord.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Concord.Identity.Tests;

/// <summary>Builds in-process identity servers with exactly the settings a test gives them.</summary>
public static class IdentityHost
{
    public const string Issuer = "http://localhost/";

    /// <summary>The settings the local runner uses: the real demo seed, keys in <paramref name="keyDirectory"/>, plain HTTP.</summary>
    public static Dictionary<string, string?> Settings(TestDatabase database, string keyDirectory) => new()
    {
        ["ConnectionStrings:identity"] = database.ConnectionString,
        ["Concord:Identity:Issuer"] = Issuer,
        ["Concord:Identity:KeyDirectory"] = keyDirectory,
        ["Concord:Identity:RequireHttps"] = "false",
        ["Concord:Identity:SeedFile"] = RepositoryPaths.DemoSeed,
    };

    public static WebApplicationFactory<IdentityService> Create(IReadOnlyDictionary<string, string?> settings) =>
        new WebApplicationFactory<IdentityService>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });

    /// <summary>Starts the host, expecting it to refuse; returns every message in the exception chain.</summary>
    public static string StartupFailure(IReadOnlyDictionary<string, string?> settings)
    {
        using var factory = Create(settings);
        var exception = Record.Exception(() => factory.Server);
        Assert.NotNull(exception);
        var messages = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
        }

        return string.Join(" | ", messages);
    }
}
