using Concord.Identity.Configuration;

namespace Concord.Identity.Seeding;

/// <summary>
/// Applies the configured seed file at start, after the database migrator (hosted services start in registration
/// order) and before the server takes traffic. A missing or invalid file stops the server.
/// </summary>
internal sealed class SeedOnStart(IServiceProvider services, IdentityServerSettings settings, ILogger<SeedOnStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.SeedFile is null)
        {
            SeedLog.NoSeedFile(logger);
            return;
        }

        SeedLog.Seeding(logger, settings.SeedFile);
        var seed = await SeedFile.ReadAsync(settings.SeedFile, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAsync(seed, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
