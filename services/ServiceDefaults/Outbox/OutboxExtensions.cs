using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Concord.ServiceDefaults.Outbox;

public static class OutboxExtensions
{
    /// <summary>
    /// The transactional outbox on the service's PostgreSQL database: messages added with
    /// <see cref="OutboxDbContextExtensions.AddOutboxMessage{T}"/> are published after their transaction commits.
    /// The context's model must call <see cref="OutboxModelBuilderExtensions.AddOutboxAndInbox"/>.
    /// </summary>
    public static TBuilder AddConcordOutbox<TBuilder, TContext>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
        where TContext : DbContext
    {
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<IInterceptor, OutboxCommitInterceptor>();
        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        builder.Services.AddHealthChecks().AddCheck<OutboxHealthCheck<TContext>>("outbox", tags: [Extensions.ReadyTag]);
        return builder;
    }
}
