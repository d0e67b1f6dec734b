using Microsoft.Extensions.Options;

namespace Concord.Agreements.Seeding;

/// <summary>
/// Applies <c>Concord:Agreements:SeedFile</c> at start, after the database migrator (hosted services start in
/// registration order) and before the service takes traffic. A missing or invalid file stops the service.
/// </summary>
internal sealed partial class SeedOnStart(IServiceProvider services, IOptions<AgreementsOptions> options, ILogger<SeedOnStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.SeedFile is not { } path)
        {
            return;
        }

        LogSeeding(path);
        var seed = await AgreementSeedFile.ReadAsync(path, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AgreementSeeder>().SeedAsync(seed, path, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeding legal gateways and agreements from {Path}")]
    private partial void LogSeeding(string path);
}
