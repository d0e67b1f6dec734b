using Concord.BankGateway.CaseOutcomes;
using Concord.BankGateway.Consumers;
using Concord.BankGateway.Filing;
using Concord.BankGateway.Inbox;
using Concord.BankGateway.Persistence;
using Concord.BankGateway.Production;
using Concord.BankGateway.Typologies;
using Concord.BankGateway.Validation;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Replication;
using Concord.LegalBasis.Retention;
using Concord.ServiceDefaults;
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
        builder.Services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.Section)
            .Validate(options => !string.IsNullOrWhiteSpace(options.Fiu), $"{GatewayOptions.Section}:Fiu must name the FIU the banks report to.")
            .ValidateOnStart();
        // Note: the database first, so its migration has run before the bus starts delivering to consumers.
        builder.AddConcordDatabase<WebApplicationBuilder, GatewayDbContext>("bankgateway");
        builder.Services.AddLegalBasis<GatewayDbContext>(options => builder.Configuration.GetSection(LegalBasisOptions.Section).Bind(options));
        builder.Services.AddAgreementReplication(builder.Configuration, Extensions.ReadyTag);
        builder.Services.AddAuditCheckpoints<GatewayDbContext>(options => builder.Configuration.GetSection(AuditCheckpointOptions.Section).Bind(options));
        // Note: the bank's reports are its own; the FIU's answers on them were received under the feedback flow and
        // are emptied at that flow's retainUntil, each purge audited.
        builder.Services.AddRetention<GatewayDbContext>(options => builder.Configuration.GetSection(RetentionOptions.Section).Bind(options));
        builder.Services.AddSingleton<IRetentionPolicy<GatewayDbContext>>(SqlRetentionPolicy.Clearing<GatewayDbContext>(
            "FIU answers on filed reports", "reports", "id", "feedback_retain_until", ["fiu_reference", "rejection_reasons"], "feedback_purged_at",
            "concord_reference", "report-feedback:"));
        // Note: what the FIU sends a bank (requests, feedback) is kept only as long as its envelope allows.
        builder.Services.AddSingleton<IRetentionPolicy<GatewayDbContext>>(new SqlRetentionPolicy<GatewayDbContext>(
            "requests for information", "information_requests", "id", "retain_until", "reference", "information-request:"));
        builder.Services.AddSingleton<IRetentionPolicy<GatewayDbContext>>(new SqlRetentionPolicy<GatewayDbContext>(
            "feedback on reports", "report_feedback", "id", "retain_until", "id", "feedback:"));
        // Note: a typology version goes with its envelope's retainUntil, the bank's acknowledgement with it; a withdrawal
        // is kept as long as its own envelope allows, so a version that arrives after it is still stored withdrawn.
        builder.Services.AddSingleton<IRetentionPolicy<GatewayDbContext>>(new SqlRetentionPolicy<GatewayDbContext>(
            "typologies received", "received_typologies", "id", "retain_until", "id", "typology-distribution:"));
        builder.Services.AddSingleton<IRetentionPolicy<GatewayDbContext>>(new SqlRetentionPolicy<GatewayDbContext>(
            "typology withdrawals", "typology_withdrawals", "id", "retain_until", "id", "typology-withdrawal:"));
        // Note: a task force's production request goes with its envelope's retainUntil, the bank's answer and documents
        // with it; an outcome told to the bank with its own.
        builder.Services.AddSingleton<IRetentionPolicy<GatewayDbContext>>(new SqlRetentionPolicy<GatewayDbContext>(
            "production requests", "production_requests", "id", "retain_until", "reference", "production-request:"));
        builder.Services.AddSingleton<IRetentionPolicy<GatewayDbContext>>(new SqlRetentionPolicy<GatewayDbContext>(
            "case outcomes", "case_outcomes", "id", "retain_until", "id", "case-outcome:"));
        // Note: a report whose agreement was suspended after it was filed waits in the outbox, without holding up the others.
        builder.AddConcordOutbox<WebApplicationBuilder, GatewayDbContext>(outbox => outbox.IsRefusal = exception => exception is LegalBasisDeniedException);
        builder.AddConcordBus(
            bus =>
            {
                bus.AddConsumer<ReportAcknowledgedConsumer, ReportAcknowledgedConsumerDefinition>();
                bus.AddConsumer<ReportRejectedConsumer, ReportRejectedConsumerDefinition>();
                bus.AddConsumer<InformationRequestedConsumer, InformationRequestedConsumerDefinition>();
                bus.AddConsumer<InformationRequestWithdrawnConsumer, InformationRequestWithdrawnConsumerDefinition>();
                bus.AddConsumer<ReportFeedbackGivenConsumer, ReportFeedbackGivenConsumerDefinition>();
                bus.AddConsumer<TypologyPublishedConsumer, TypologyPublishedConsumerDefinition>();
                bus.AddConsumer<TypologySupersededConsumer, TypologySupersededConsumerDefinition>();
                bus.AddConsumer<TypologyWithdrawnConsumer, TypologyWithdrawnConsumerDefinition>();
                bus.AddConsumer<ProductionRequestedConsumer, ProductionRequestedConsumerDefinition>();
                bus.AddConsumer<CaseOutcomeSharedWithBankConsumer, CaseOutcomeSharedWithBankConsumerDefinition>();
                bus.AddLegalBasisEnforcement();
            },
            (context, transport) => transport.UseLegalBasis(context));

        builder.Services.AddSingleton<ReportValidator>();
        builder.Services.AddScoped<ReportFiler>();
        builder.Services.AddScoped<ReportQueries>();
        builder.Services.AddSingleton<AnswerValidator>();
        builder.Services.AddScoped<RequestAnswerer>();
        builder.Services.AddScoped<InboxQueries>();
        builder.Services.AddScoped<TypologyInbox>();
        builder.Services.AddScoped<TypologyQueries>();
        builder.Services.AddScoped<TypologyAcknowledger>();
        builder.Services.AddScoped<ProductionQueries>();
        builder.Services.AddScoped<ProductionAnswerer>();
        builder.Services.AddScoped<CaseOutcomeQueries>();
        builder.Services.AddGrpc(grpc => grpc.MaxReceiveMessageSize = (int)FilingLimits.ReportBytes);
        builder.Services.AddOpenApi();
        return builder;
    }
}
