using Concord.Fiu.Consumers;
using Concord.Fiu.Domain;
using Concord.Fiu.Endpoints;
using Concord.Fiu.Persistence;
using Concord.ServiceDefaults.Authentication;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using Concord.ServiceDefaults.Persistence;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Concord.Fiu;

public static class FiuExtensions
{
    /// <summary>Everything the FIU needs besides the service defaults: its settings, database, outbox, bus and analyst API.</summary>
    public static WebApplicationBuilder AddFiu(this WebApplicationBuilder builder)
    {
        // Note: validated when the host starts, so an FIU without its organisation id refuses to run.
        builder.Services.AddOptions<FiuOptions>().BindConfiguration(FiuOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<FiuOptions>, FiuOptionsValidator>();
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<FiuOptions>>().Value.ToAcceptanceRules());

        builder.AddConcordAuthentication();
        builder.Services.AddFiuAuthorization();

        // Note: the database first, so its migration has run before the bus starts delivering to consumers.
        builder.AddConcordDatabase<WebApplicationBuilder, FiuDbContext>("fiu");
        builder.AddConcordOutbox<WebApplicationBuilder, FiuDbContext>();
        builder.AddConcordBus(bus => bus.AddConsumer<ReportIntakeConsumer, ReportIntakeConsumerDefinition>());

        builder.Services.AddScoped<ReportQueries>();
        return builder;
    }
}
