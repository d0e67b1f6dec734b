using Concord.Cases.Consumers;
using Concord.Cases.Endpoints;
using Concord.Cases.Fiu;
using Concord.Cases.Persistence;
using Concord.Cases.Retention;
using Concord.Cases.Workflow;
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

namespace Concord.Cases;

public static class CasesExtensions
{
    /// <summary>Everything the cases service needs besides the service defaults: its database, the replica of the agreements, the audit chain, the bus and the API.</summary>
    public static WebApplicationBuilder AddCases(this WebApplicationBuilder builder)
    {
        builder.AddConcordAuthentication();
        builder.Services.AddCasesAuthorization();

        // Note: the database first, so its migration has run before anything reads it.
        builder.AddConcordDatabase<WebApplicationBuilder, CasesDbContext>("cases");
        // Note: Concord:LegalBasis:Organisation(s) is required — the organisations whose task forces this service serves —
        // so a service that does not know whom it acts for refuses to start.
        builder.Services.AddLegalBasis<CasesDbContext>(options => builder.Configuration.GetSection(LegalBasisOptions.Section).Bind(options));
        builder.Services.AddAgreementReplication(builder.Configuration, Extensions.ReadyTag);
        // Note: report details come from the FIU over gRPC with this service's own token (the same client as the replica's).
        builder.Services.AddFiuCaseReports(builder.Configuration);
        builder.Services.AddAuditCheckpoints<CasesDbContext>(options => builder.Configuration.GetSection(AuditCheckpointOptions.Section).Bind(options));
        // Note: items go (their content; their provenance stays in the case) and pending disseminations are deleted at
        // their envelope's retainUntil, each purge audited. The item policy is scoped: it records the purge in the case
        // through the desk, on the retention job's own database context and transaction.
        builder.Services.AddRetention<CasesDbContext>(options => builder.Configuration.GetSection(RetentionOptions.Section).Bind(options));
        builder.Services.AddScoped<IRetentionPolicy<CasesDbContext>, ItemRetention>();
        builder.Services.AddSingleton<IRetentionPolicy<CasesDbContext>, PendingDisseminationRetention>();
        // Note: a message the agreement does not permit now (an outcome, a production request) waits in the outbox,
        // without holding up the others.
        builder.AddConcordOutbox<WebApplicationBuilder, CasesDbContext>(outbox => outbox.IsRefusal = exception => exception is LegalBasisDeniedException);
        // Note: every consumer's endpoint passes the legal-basis consume filter, and everything sent the send filter;
        // the service takes delivery as whichever hosted organisation an envelope addresses.
        builder.AddConcordBus(
            bus =>
            {
                bus.AddConsumer<IntelligenceDisseminatedConsumer, IntelligenceDisseminatedConsumerDefinition>();
                bus.AddConsumer<ProductionRequestAnsweredConsumer, ProductionRequestAnsweredConsumerDefinition>();
                bus.AddConsumer<ConsentRequestAnsweredConsumer, ConsentRequestAnsweredConsumerDefinition>();
                bus.AddLegalBasisEnforcement();
            },
            (context, transport) => transport.UseLegalBasis(context));

        builder.Services.AddScoped<CaseDesk>();
        builder.Services.AddScoped<CaseQueries>();
        builder.Services.AddScoped<CaseReading>();
        builder.Services.AddScoped<DisseminationDesk>();
        builder.Services.AddScoped<ItemDesk>();
        builder.Services.AddScoped<ProductionDesk>();
        builder.Services.AddScoped<OutcomeDesk>();
        builder.Services.AddScoped<OnwardShareDesk>();
        builder.Services.AddOpenApi();
        return builder;
    }
}
