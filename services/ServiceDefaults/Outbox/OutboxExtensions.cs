using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Concord.ServiceDefaults.Outbox;

public static class OutboxExtensions
{
    /// <summary>
    /// The transactional outbox on the service's PostgreSQL database: messages added with
    /// <see cref="OutboxDbContextExtensions.AddOutboxMessage{T}"/> are published after their transaction commits.
    /// The context's model must call <see cref="OutboxModelBuilderExtensions.AddOutboxAndInbox"/>.
    /// </summary>
    /// <param name="configure">Settings that are code, not configuration, such as which failures are refusals.</param>
    public static TBuilder AddConcordOutbox<TBuilder, TContext>(this TBuilder builder, Action<OutboxOptions>? configure = null)
        where TBuilder : IHostApplicationBuilder
        where TContext : DbContext
    {
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).Configure(options => configure?.Invoke(options));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<IInterceptor, OutboxCommitInterceptor>();
        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        builder.Services.AddHealthChecks().AddCheck<OutboxHealthCheck<TContext>>("outbox", tags: [Extensions.ReadyTag]);
        return builder;
    }
}
