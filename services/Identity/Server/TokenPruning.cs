using OpenIddict.Abstractions;

namespace Concord.Identity.Server;

/// <summary>
/// OpenIddict stores an entry for every token it issues (so codes are single-use and tokens can be revoked). Machine
/// clients ask for a token every few minutes, so without pruning that table only grows: every hour, entries for
/// tokens and authorizations that expired or were revoked more than <see cref="Retention"/> ago are deleted.
/// </summary>
internal sealed partial class TokenPruning(IServiceProvider services, TimeProvider time, ILogger<TokenPruning> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>How long entries are kept after their creation, as a trace of what was issued to whom.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(14);

    public async Task PruneOnceAsync(CancellationToken cancellationToken)
    {
        var threshold = time.GetUtcNow() - Retention;
        await using var scope = services.CreateAsyncScope();
        var tokens = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(threshold, cancellationToken);
        var authorizations = await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(threshold, cancellationToken);
        Pruned(logger, tokens, authorizations, threshold);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PruneOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Note: a failed round (database briefly away) is retried at the next tick instead of stopping the host.
                PruneFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Information,
        Message = "Pruned {Tokens} token entries and {Authorizations} authorizations created before {Threshold}")]
    private static partial void Pruned(ILogger logger, long tokens, long authorizations, DateTimeOffset threshold);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Pruning token entries failed; retrying at the next interval")]
    private static partial void PruneFailed(ILogger logger, Exception exception);
}
