using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Concord.LegalBasis.Retention;

public static class RetentionExtensions
{
    /// <summary>
    /// Purges on a schedule what <typeparamref name="TContext"/>'s registered <see cref="IRetentionPolicy{TContext}"/>s
    /// say is due, auditing each purge in the service's audit chain.
    /// </summary>
    public static IServiceCollection AddRetention<TContext>(this IServiceCollection services, Action<RetentionOptions>? configure = null)
        where TContext : DbContext
    {
        services.AddOptions<RetentionOptions>()
            .Configure(options => configure?.Invoke(options))
            .Validate(options => options.Interval > TimeSpan.Zero && options.BatchSize > 0, $"{RetentionOptions.Section}: Interval and BatchSize must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RetentionPurger<TContext>>();
        services.AddHostedService(provider => provider.GetRequiredService<RetentionPurger<TContext>>());
        return services;
    }
}
