using System.Net;
using Concord.Contracts.Sharing;
using Concord.Identity.Persistence;
using Concord.Identity.Seeding;
using Concord.ServiceDefaults;
using Concord.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;
using Xunit;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Concord.Identity.Tests;

/// <summary>Each test seeds a server of its own, since these tests change what is stored.</summary>
public sealed class SeedingTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create("identity_seed_test");
    private readonly string _keyDirectory = Directory.CreateTempSubdirectory("concord-identity-keys-").FullName;
    private WebApplicationFactory<IdentityService> _factory = null!;

    public Task InitializeAsync()
    {
        _factory = IdentityHost.Create(IdentityHost.Settings(_database, _keyDirectory));
        _ = _factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_keyDirectory, recursive: true);
    }

    [Fact]
    public async Task Seed_WhenAppliedAtStart_StoresTheDemoScopesOrganisationsClientsAndLinks()
    {
        var counts = await CountAsync();

        Assert.Equal((Scopes: 10, Organisations: 8, Clients: 17, Links: 16), counts);
        var police = await QueryAsync(db => db.Organisations.SingleAsync(o => o.Id == "police-ecu"));
        Assert.Equal(OrganisationKind.LawEnforcement, police.Kind);
        Assert.Equal("GB", police.Jurisdiction);
        var secretariat = await QueryAsync(db => db.Organisations.SingleAsync(o => o.Id == "secretariat-demo"));
        Assert.Equal(("Partnership Secretariat (demo)", OrganisationKind.Oversight), (secretariat.Name, secretariat.Kind));
        Assert.Equal("bank-gamma", await QueryAsync(db => db.OrganisationClients.Where(l => l.ClientId == "bank-gamma-filing").Select(l => l.OrganisationId).SingleAsync()));
        Assert.Equal("secretariat-demo", await QueryAsync(db => db.OrganisationClients.Where(l => l.ClientId == "bank-gateway-service").Select(l => l.OrganisationId).SingleAsync()));
    }

    [Fact]
    public async Task Seed_WhenRunTwice_KeepsTheSameCounts()
    {
        var before = await CountAsync();

        await SeedAsync(await DemoSeedAsync());
        await SeedAsync(await DemoSeedAsync());

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Seed_WhenSecretsStored_KeepsOnlyHashesThatStillValidate()
    {
        var stored = await StoredSecretAsync("bank-alpha-filing");

        Assert.NotNull(stored);
        Assert.DoesNotContain("demo-bank-alpha-secret", stored, StringComparison.Ordinal);
        Assert.True(await WithManagerAsync(async (applications, application) =>
            await applications.ValidateClientSecretAsync(application, "demo-bank-alpha-secret"), "bank-alpha-filing"));
    }

    [Fact]
    public async Task Seed_WhenSecretUnchanged_KeepsTheStoredHash()
    {
        var before = await StoredSecretAsync("bank-alpha-filing");

        await SeedAsync(await DemoSeedAsync());

        Assert.Equal(before, await StoredSecretAsync("bank-alpha-filing"));
    }

    [Fact]
    public async Task Seed_WhenSecretChanged_OnlyTheNewSecretWorks()
    {
        var seed = await DemoSeedAsync();
        await SeedAsync(seed with { Clients = [.. seed.Clients.Select(c => c.ClientId == "bank-alpha-filing" ? c with { Secret = "rotated-secret" } : c)] });
        using var http = _factory.CreateClient();

        var (oldStatus, _) = await TokenClient.ClientCredentialsAsync(http, "bank-alpha-filing", "demo-bank-alpha-secret", "concord.filing");
        var (newStatus, _) = await TokenClient.ClientCredentialsAsync(http, "bank-alpha-filing", "rotated-secret", "concord.filing");

        Assert.Equal(HttpStatusCode.Unauthorized, oldStatus);
        Assert.Equal(HttpStatusCode.OK, newStatus);
    }

    [Fact]
    public async Task Seed_WhenClientAndOrganisationChanged_UpdatesNamePermissionsLinkAndTokens()
    {
        var seed = await DemoSeedAsync();
        await SeedAsync(seed with
        {
            Scopes = [.. seed.Scopes.Select(s => s.Name == "concord.fiu" ? s with { Resources = ["concord-fiu", "concord-cases"] } : s)],
            Organisations = [.. seed.Organisations.Select(o => o.Id == "bank-beta" ? o with { Name = "Beta Bank International", Jurisdiction = "IE" } : o)],
            Clients = [.. seed.Clients.Select(c => c.ClientId == "bank-alpha-filing"
                ? c with { DisplayName = "Alpha filing (moved)", Organisation = "bank-beta", Scopes = ["concord.filing", "concord.fiu"] }
                : c)],
        });
        using var http = _factory.CreateClient();

        var token = await TokenClient.AccessTokenAsync(http, "bank-alpha-filing", "demo-bank-alpha-secret", "concord.filing concord.fiu");

        Assert.Equal("Alpha filing (moved)", token.GetClaim(Claims.Name).Value);
        Assert.Equal("bank-beta", token.GetClaim(ConcordClaims.Organisation).Value);
        Assert.Equal("IE", token.GetClaim(ConcordClaims.Jurisdiction).Value);
        Assert.Equal(["concord-bank-gateway", "concord-cases", "concord-fiu"], token.Audiences.Order(StringComparer.Ordinal));
        Assert.Equal((Scopes: 10, Organisations: 8, Clients: 17, Links: 16), await CountAsync());
    }

    [Fact]
    public async Task Host_WhenSeedFileMissing_FailsToStartNamingTheFile()
    {
        await using var database = TestDatabase.Create("identity_seed_test");
        var settings = IdentityHost.Settings(database, _keyDirectory);
        settings["Concord:Identity:SeedFile"] = Path.Combine(_keyDirectory, "no-such-seed.json");

        var failure = IdentityHost.StartupFailure(settings);

        Assert.Contains("no-such-seed.json does not exist", failure, StringComparison.Ordinal);
    }

    private static Task<SeedDocument> DemoSeedAsync() => SeedFile.ReadAsync(RepositoryPaths.DemoSeed, CancellationToken.None);

    private async Task SeedAsync(SeedDocument seed)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAsync(seed, CancellationToken.None);
    }

    private async Task<T> QueryAsync<T>(Func<IdentityStoreContext, Task<T>> query)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IdentityStoreContext>());
    }

    private async Task<T> WithManagerAsync<T>(Func<IOpenIddictApplicationManager, object, Task<T>> action, string clientId)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        return await action(applications, (await applications.FindByClientIdAsync(clientId))!);
    }

    private Task<(int Scopes, int Organisations, int Clients, int Links)> CountAsync() => QueryAsync(async db => (
        await db.Set<OpenIddictEntityFrameworkCoreScope>().CountAsync(),
        await db.Organisations.CountAsync(),
        await db.Set<OpenIddictEntityFrameworkCoreApplication>().CountAsync(),
        await db.OrganisationClients.CountAsync()));

    private Task<string?> StoredSecretAsync(string clientId) => QueryAsync(db => db.Set<OpenIddictEntityFrameworkCoreApplication>()
        .Where(a => a.ClientId == clientId)
        .Select(a => a.ClientSecret)
        .SingleAsync());
}
