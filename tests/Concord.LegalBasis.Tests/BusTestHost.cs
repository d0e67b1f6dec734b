using System.Text.Json.Serialization;
using Concord.LegalBasis.Tests.Audit;
using Concord.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Concord.LegalBasis.Tests;

/// <summary>A host with a real bus on a test virtual host and the audit database, as a service using the layer has.</summary>
internal static class BusTestHost
{
    public static IHost Build(
        TestVirtualHost broker,
        AuditDatabase database,
        Action<IServiceCollection> services,
        Action<IBusRegistrationConfigurator> bus,
        Action<IBusRegistrationContext, IRabbitMqBusFactoryConfigurator> rabbit)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddDbContext<AuditDatabase.AuditContext>(options => options.UseNpgsql(database.ConnectionString));
        // Note: publishing before the queues are bound would lose the messages; start means ready here.
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromSeconds(60);
        });
        services(builder.Services);
        builder.Services.AddMassTransit(configurator =>
        {
            configurator.DisableUsageTelemetry();
            bus(configurator);
            configurator.UsingRabbitMq((context, factory) =>
            {
                factory.Host(new Uri(broker.ConnectionString));
                factory.ConfigureJsonSerializerOptions(json =>
                {
                    json.Converters.Add(new JsonStringEnumConverter());
                    return json;
                });
                rabbit(context, factory);
            });
        });
        return builder.Build();
    }
}
