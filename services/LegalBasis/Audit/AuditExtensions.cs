using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Concord.LegalBasis.Audit;

public static class AuditExtensions
{
    /// <summary>
    /// Publishes <typeparamref name="TContext"/>'s audit chain head on a schedule. The service's name is required, so
    /// that checkpoints from different services are never confused.
    /// </summary>
    public static IServiceCollection AddAuditCheckpoints<TContext>(this IServiceCollection services, Action<AuditCheckpointOptions> configure)
        where TContext : DbContext
    {
        services.AddOptions<AuditCheckpointOptions>()
            .Configure(configure)
            .Validate(options => !string.IsNullOrWhiteSpace(options.Service), $"{AuditCheckpointOptions.Section}:Service must name the service.")
            .Validate(options => options.CheckpointInterval > TimeSpan.Zero, $"{AuditCheckpointOptions.Section}:CheckpointInterval must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AuditCheckpointPublisher<TContext>>();
        services.AddHostedService(provider => provider.GetRequiredService<AuditCheckpointPublisher<TContext>>());
        return services;
    }
}
