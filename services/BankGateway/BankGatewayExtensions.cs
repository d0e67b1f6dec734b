using Concord.BankGateway.Consumers;
using Concord.BankGateway.Filing;
using Concord.BankGateway.Persistence;
using Concord.BankGateway.Validation;
using Concord.ServiceDefaults.Authentication;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using Concord.ServiceDefaults.Persistence;
using MassTransit;

namespace Concord.BankGateway;

public static class BankGatewayExtensions
{
    /// <summary>Everything the gateway needs besides the service defaults: its database, outbox, bus, filing and gRPC.</summary>
    public static WebApplicationBuilder AddBankGateway(this WebApplicationBuilder builder)
    {
        builder.AddConcordAuthentication();
        // Note: the database first, so its migration has run before the bus starts delivering to consumers.
        builder.AddConcordDatabase<WebApplicationBuilder, GatewayDbContext>("bankgateway");
        builder.AddConcordOutbox<WebApplicationBuilder, GatewayDbContext>();
        builder.AddConcordBus(bus =>
        {
            bus.AddConsumer<ReportAcknowledgedConsumer, ReportAcknowledgedConsumerDefinition>();
            bus.AddConsumer<ReportRejectedConsumer, ReportRejectedConsumerDefinition>();
        });

        builder.Services.AddSingleton<ReportValidator>();
        builder.Services.AddScoped<ReportFiler>();
        builder.Services.AddScoped<ReportQueries>();
        builder.Services.AddGrpc(grpc => grpc.MaxReceiveMessageSize = (int)FilingLimits.ReportBytes);
        builder.Services.AddOpenApi();
        return builder;
    }
}
