using Concord.Agreements.Authorization;
using Concord.Agreements.Consents;
using Concord.Agreements.Consumers;
using Concord.Agreements.Gateways;
using Concord.Agreements.Lifecycle;
using Concord.Agreements.Persistence;
using Concord.Agreements.Replication;
using Concord.Agreements.Seeding;
using Concord.LegalBasis.Audit;
using Concord.ServiceDefaults.Authentication;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using Concord.ServiceDefaults.Persistence;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Concord.Agreements;

public static class AgreementsExtensions
{
    /// <summary>
    /// Everything the Agreements service needs besides the service defaults: its settings, authorization by scope, its
    /// database with outbox and audit chain, the seed, the bus with the checkpoint consumer, the background jobs
    /// (expiry, heartbeat, its own checkpoints), gRPC and OpenAPI.
    /// </summary>
    public static WebApplicationBuilder AddAgreements(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AgreementsOptions>().BindConfiguration(AgreementsOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AgreementsOptions>, AgreementsOptionsValidator>();

        builder.AddConcordAuthentication();
        builder.Services.AddAgreementsAuthorization();

        // Note: the database first, so its migration has run before the seed is applied and the bus delivers to consumers.
        builder.AddConcordDatabase<WebApplicationBuilder, AgreementsDbContext>(AgreementsService.ConnectionName);
        builder.Services.AddHostedService<SeedOnStart>();
        builder.AddConcordOutbox<WebApplicationBuilder, AgreementsDbContext>();
        builder.AddConcordBus(bus =>
        {
            bus.AddConsumer<AuditCheckpointConsumer, AuditCheckpointConsumerDefinition>();
            bus.AddConsumer<ConsentRequestConsumer, ConsentRequestConsumerDefinition>();
        });

        // Note: the service keeps an audit chain of its own and checkpoints it like every other; it also receives its own.
        var audit = builder.Configuration.GetSection(AuditCheckpointOptions.Section);
        builder.Services.AddAuditCheckpoints<AgreementsDbContext>(options => audit.Bind(options));

        builder.Services.AddScoped<AgreementStore>();
        builder.Services.AddScoped<AgreementDrafting>();
        builder.Services.AddScoped<AgreementTransitions>();
        builder.Services.AddScoped<AgreementQueries>();
        builder.Services.AddScoped<LegalGatewayRegistry>();
        builder.Services.AddScoped<ConsentRegistry>();
        builder.Services.AddScoped<SnapshotReader>();
        builder.Services.AddScoped<AgreementSeeder>();

        builder.Services.AddSingleton<AgreementExpiry>();
        builder.Services.AddHostedService(services => services.GetRequiredService<AgreementExpiry>());
        builder.Services.AddSingleton<HeartbeatPublisher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<HeartbeatPublisher>());

        builder.Services.AddGrpc();
        builder.Services.AddOpenApi();
        return builder;
    }
}
