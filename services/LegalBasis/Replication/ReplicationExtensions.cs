using Concord.Contracts.Grpc.Agreements.V1;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenIddict.Client;

namespace Concord.LegalBasis.Replication;

public static class ReplicationExtensions
{
    public const string HealthCheckName = "agreements";

    /// <summary>
    /// The replica of the agreements kept current from the Agreements service: the snapshot over gRPC with this
    /// service's own token, the events and heartbeats (add <see cref="AddAgreementReplicaConsumers"/> to the bus and
    /// <see cref="ReceiveAgreementChanges"/> to its transport), and a readiness check. Fail-closed: without the
    /// Agreements service's address, a client id and secret, and an identity server, the service does not start.
    /// Needs <see cref="Enforcement.LegalBasisExtensions.AddLegalBasis{TContext}"/> for the replica holder.
    /// </summary>
    public static IServiceCollection AddAgreementReplication(this IServiceCollection services, IConfiguration configuration, params string[] healthTags)
    {
        var section = configuration.GetSection(AgreementReplicationOptions.Section);
        var settings = section.Get<AgreementReplicationOptions>() ?? new();
        settings.Authority ??= Uri.TryCreate(configuration["Concord:Auth:Authority"], UriKind.Absolute, out var authority) ? authority : null;
        var missing = new List<string>();
        if (settings.Address is not { IsAbsoluteUri: true })
        {
            missing.Add($"{AgreementReplicationOptions.Section}:Address (the Agreements service's gRPC address)");
        }

        if (settings.Authority is not { IsAbsoluteUri: true })
        {
            missing.Add($"{AgreementReplicationOptions.Section}:Authority or Concord:Auth:Authority (the identity server)");
        }

        if (string.IsNullOrWhiteSpace(settings.ClientId) || string.IsNullOrWhiteSpace(settings.ClientSecret))
        {
            missing.Add($"{AgreementReplicationOptions.Section}:ClientId and ClientSecret (this service's client)");
        }

        if (settings.RequireHttps && (settings.Address?.Scheme == Uri.UriSchemeHttp || settings.Authority?.Scheme == Uri.UriSchemeHttp))
        {
            missing.Add($"HTTPS addresses, or {AgreementReplicationOptions.Section}:RequireHttps=false on a single machine");
        }

        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The replica of the agreements cannot be kept without {string.Join("; ", missing)}.");
        }

        services.AddOptions<AgreementReplicationOptions>()
            .Bind(section)
            .PostConfigure(options => options.Authority ??= settings.Authority)
            .Validate(options => options.RefreshInterval > TimeSpan.Zero && options.RetryDelay > TimeSpan.Zero, $"{AgreementReplicationOptions.Section}:RefreshInterval and RetryDelay must be positive.")
            .ValidateOnStart();

        services.AddOpenIddict().AddClient(client =>
        {
            client.AllowClientCredentialsFlow();
            // Note: the client keeps nothing between calls; the access token lives in the snapshot source's memory.
            client.DisableTokenStorage();
            client.UseSystemNetHttp();
            client.AddRegistration(new OpenIddictClientRegistration
            {
                Issuer = settings.Authority,
                ClientId = settings.ClientId,
                ClientSecret = settings.ClientSecret,
            });
        });

        services.AddGrpcClient<AgreementReplication.AgreementReplicationClient>(grpc => grpc.Address = settings.Address);
        services.AddSingleton<IAgreementSnapshotSource, GrpcAgreementSnapshotSource>();
        return services.AddReplicator(healthTags);
    }

    /// <summary>The replicator and its readiness check over whichever <see cref="IAgreementSnapshotSource"/> is registered.</summary>
    internal static IServiceCollection AddReplicator(this IServiceCollection services, params string[] healthTags)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<AgreementReplicationOptions>();
        services.AddSingleton<AgreementReplicator>();
        services.AddHostedService(provider => provider.GetRequiredService<AgreementReplicator>());
        services.AddHealthChecks().AddCheck<AgreementReplicaHealthCheck>(HealthCheckName, HealthStatus.Unhealthy, healthTags);
        return services;
    }

    /// <summary>The consumers of agreement events and heartbeats, kept off the service's durable queues.</summary>
    public static IBusRegistrationConfigurator AddAgreementReplicaConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<AgreementChangedConsumer>().ExcludeFromConfigureEndpoints();
        bus.AddConsumer<OnwardSharingConsentChangedConsumer>().ExcludeFromConfigureEndpoints();
        bus.AddConsumer<AgreementsHeartbeatConsumer>().ExcludeFromConfigureEndpoints();
        return bus;
    }

    /// <summary>
    /// A queue of this process's own for agreement events and heartbeats: every instance of every service must see
    /// every change, so the queue cannot be shared the way work queues are. It is deleted when the process goes; what
    /// it missed meanwhile, the next heartbeat reveals and a snapshot repairs.
    /// </summary>
    public static void ReceiveAgreementChanges(this IBusFactoryConfigurator transport, IBusRegistrationContext context)
    {
        transport.ReceiveEndpoint(new TemporaryEndpointDefinition("agreements-replica"), KebabCaseEndpointNameFormatter.Instance, endpoint =>
        {
            // Note: applied in order, one at a time; the replica's change sequence depends on it.
            endpoint.ConcurrentMessageLimit = 1;
            endpoint.ConfigureConsumer<AgreementChangedConsumer>(context);
            endpoint.ConfigureConsumer<OnwardSharingConsentChangedConsumer>(context);
            endpoint.ConfigureConsumer<AgreementsHeartbeatConsumer>(context);
        });
    }
}
