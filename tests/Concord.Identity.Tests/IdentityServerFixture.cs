using Concord.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Concord.Identity.Tests;

/// <summary>One identity server with its own PostgreSQL database, its own key directory and the demo seed, shared by read-only tests.</summary>
public sealed class IdentityServerFixture : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create("identity_test");
    private readonly string _keyDirectory = Directory.CreateTempSubdirectory("concord-identity-keys-").FullName;
    private WebApplicationFactory<IdentityService>? _factory;

    public WebApplicationFactory<IdentityService> Factory => _factory ?? throw new InvalidOperationException("Not started.");

    public HttpClient CreateClient() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task InitializeAsync()
    {
        _factory = IdentityHost.Create(IdentityHost.Settings(_database, _keyDirectory));
        _ = _factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await _database.DisposeAsync();
        Directory.Delete(_keyDirectory, recursive: true);
    }
}
