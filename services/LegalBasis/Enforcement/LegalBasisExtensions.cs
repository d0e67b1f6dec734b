using Concord.LegalBasis.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Concord.LegalBasis.Enforcement;

public static class LegalBasisExtensions
{
    /// <summary>
    /// The replica, the guard and the audit sink in <typeparamref name="TContext"/>'s database. The organisation is
    /// required: a service that does not know whom it receives for refuses to start.
    /// </summary>
    public static IServiceCollection AddLegalBasis<TContext>(this IServiceCollection services, Action<LegalBasisOptions> configure)
        where TContext : DbContext
    {
        services.AddOptions<LegalBasisOptions>()
            .Configure(configure)
            .Validate(options => options.Hosted.Count > 0, $"{LegalBasisOptions.Section}:Organisation (or Organisations) must name the organisation(s) this service acts for.")
            .Validate(options => options.MaxReplicaStaleness > TimeSpan.Zero, $"{LegalBasisOptions.Section}:MaxReplicaStaleness must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AgreementReplicaHolder>();
        services.AddSingleton(provider => new LegalBasisGuard(
            provider.GetRequiredService<AgreementReplicaHolder>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<LegalBasisOptions>>().Value.MaxReplicaStaleness));
        // Note: one writer per process, so that decisions taken together commit together.
        services.AddSingleton<IAuditSink, GroupCommitAuditSink<TContext>>();
        return services;
    }
}
