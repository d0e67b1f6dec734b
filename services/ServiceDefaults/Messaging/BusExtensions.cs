using System.Text.Json.Serialization;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Concord.ServiceDefaults.Messaging;

public static class BusExtensions
{
    public const string ConnectionName = "rabbitmq";

    /// <summary>
    /// MassTransit over RabbitMQ: durable (quorum) queues named after the consumers, string enums on the wire,
    /// retries then redelivery for transient failures, and a readiness check on the broker connection.
    /// The broker URI comes from <c>ConnectionStrings:rabbitmq</c>; without it the service does not start.
    /// <paramref name="receive"/> adds receive endpoints of the service's own making (such as a process's own queue
    /// for agreement changes) next to the ones named after its consumers.
    /// </summary>
    public static TBuilder AddConcordBus<TBuilder>(
        this TBuilder builder,
        Action<IBusRegistrationConfigurator> configure,
        Action<IBusRegistrationContext, IBusFactoryConfigurator>? receive = null)
        where TBuilder : IHostApplicationBuilder
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString) || !Uri.TryCreate(connectionString, UriKind.Absolute, out var brokerUri))
        {
            throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} must be set to the broker URI (amqp://user:password@host:5672/vhost).");
        }

        var options = builder.Configuration.GetSection(BusOptions.Section).Get<BusOptions>() ?? new();

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            // Note: MassTransit otherwise reports the bus's configuration (endpoints, consumers) to its vendor over the
            // internet; nothing about a partnership's deployment leaves it.
            bus.DisableUsageTelemetry();
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = "broker";
                health.Tags.Add(Extensions.ReadyTag);
            });
            configure(bus);

            bus.AddConfigureEndpointsCallback((_, endpoint) =>
            {
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit && options.QuorumQueues)
                {
                    rabbit.SetQuorumQueue();
                }

                endpoint.UseMessageRetry(retry => retry.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200)));
            });

            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(brokerUri);
                rabbit.PrefetchCount = options.PrefetchCount;
                rabbit.ConfigureJsonSerializerOptions(json =>
                {
                    json.Converters.Add(new JsonStringEnumConverter());
                    return json;
                });
                receive?.Invoke(context, rabbit);
                rabbit.ConfigureEndpoints(context);
            });
        });

        builder.Services.Configure<MassTransitHostOptions>(host =>
        {
            // Note: a service starts even while the broker is down; the outbox keeps what it must send.
            host.WaitUntilStarted = false;
            host.StopTimeout = TimeSpan.FromSeconds(30);
        });

        return builder;
    }
}
