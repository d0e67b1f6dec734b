using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Concord.ServiceDefaults.Persistence;

public static class DatabaseExtensions
{
    /// <summary>
    /// The service's own PostgreSQL database through EF Core (snake_case names), a readiness check on it,
    /// and its schema migrated at start. The connection string <c>ConnectionStrings:{name}</c> is required.
    /// </summary>
    public static TBuilder AddConcordDatabase<TBuilder, TContext>(this TBuilder builder, string connectionName, Action<DbContextOptionsBuilder>? configure = null)
        where TBuilder : IHostApplicationBuilder
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"ConnectionStrings:{connectionName} must be set to the service's PostgreSQL database.");
        }

        builder.Services.AddDbContext<TContext>((services, options) =>
        {
            options.UseNpgsql(connectionString)
                .UseSnakeCaseNamingConvention()
                .AddInterceptors(services.GetServices<IInterceptor>());
            configure?.Invoke(options);
        });

        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>("database", tags: [Extensions.ReadyTag]);
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        return builder;
    }
}
