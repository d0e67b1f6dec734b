using Concord.LegalBasis.Quarantine;
using Concord.LegalBasis.Replication;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Concord.LegalBasis.Enforcement;

public static class LegalBasisBusExtensions
{
    /// <summary>
    /// On the bus registration: the enforcement point on receipt for every consumer's endpoint, and the consumers that
    /// keep the replica of the agreements current.
    /// </summary>
    public static IBusRegistrationConfigurator AddLegalBasisEnforcement(this IBusRegistrationConfigurator bus)
    {
        bus.AddAgreementReplicaConsumers();
        bus.AddQuarantineRelease();
        bus.AddConfigureEndpointsCallback((context, name, endpoint) =>
        {
            endpoint.UseConsumeFilter(typeof(LegalBasisConsumeFilter<>), context);
            context.GetRequiredService<QuarantineQueues>().Add(name);
        });
        return bus;
    }

    /// <summary>
    /// The releaser that gives quarantined messages back to their endpoints once the agreements give them a basis
    /// (<see cref="QuarantineReleaser"/>); the broker is <c>ConnectionStrings:rabbitmq</c> unless
    /// <c>Concord:LegalBasis:Quarantine:BrokerUri</c> says otherwise.
    /// </summary>
    public static IServiceCollection AddQuarantineRelease(this IServiceCollection services)
    {
        services.TryAddSingleton<QuarantineQueues>();
        services.AddOptions<QuarantineReleaseOptions>()
            .BindConfiguration(QuarantineReleaseOptions.Section)
            .PostConfigure<IConfiguration>((options, configuration) =>
            {
                if (options.BrokerUri is null && Uri.TryCreate(configuration.GetConnectionString("rabbitmq"), UriKind.Absolute, out var broker))
                {
                    options.BrokerUri = broker;
                }
            })
            .Validate(options => options.BrokerUri is not null, $"{QuarantineReleaseOptions.Section}:BrokerUri or ConnectionStrings:rabbitmq must be set.")
            .Validate(options => options.Interval > TimeSpan.Zero, $"{QuarantineReleaseOptions.Section}:Interval must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<QuarantineReleaser>();
        services.AddHostedService(provider => provider.GetRequiredService<QuarantineReleaser>());
        return services;
    }

    /// <summary>On the transport: the enforcement point on sending and publishing, and the queue for agreement changes.</summary>
    public static void UseLegalBasis(this IBusFactoryConfigurator transport, IBusRegistrationContext context)
    {
        transport.UsePublishFilter(typeof(LegalBasisSendFilter<>), context);
        transport.UseSendFilter(typeof(LegalBasisSendFilter<>), context);
        transport.ReceiveAgreementChanges(context);
    }
}
