using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Replication;
using Concord.ServiceDefaults;
using Concord.ServiceDefaults.Authentication;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using Concord.ServiceDefaults.Persistence;
using Concord.Typology.Authoring;
using Concord.Typology.Consumers;
using Concord.Typology.Domain;
using Concord.Typology.Endpoints;
using Concord.Typology.Persistence;
using Concord.Typology.Recipients;
using Concord.Typology.Rules;
using Concord.Typology.Statistics;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Concord.Typology;

public static class TypologyExtensions
{
    /// <summary>Everything the typology service needs besides the service defaults: its settings, database, outbox, bus, legal basis and APIs.</summary>
    public static WebApplicationBuilder AddTypology(this WebApplicationBuilder builder)
    {
        // Note: validated when the host starts, so a service that does not know its FIU refuses to run.
        builder.Services.AddOptions<TypologyOptions>().BindConfiguration(TypologyOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TypologyOptions>, TypologyOptionsValidator>();

        builder.AddConcordAuthentication();
        builder.Services.AddTypologyAuthorization();

        // Note: the database first, so its migration has run before the bus starts delivering to consumers.
        builder.AddConcordDatabase<WebApplicationBuilder, TypologyDbContext>("typology");
        // Note: the service sends and receives as its FIU; Concord:LegalBasis:Organisation may be left out, and may not differ.
        builder.Services.AddLegalBasis<TypologyDbContext>(options =>
        {
            builder.Configuration.GetSection(LegalBasisOptions.Section).Bind(options);
            if (string.IsNullOrWhiteSpace(options.Organisation))
            {
                options.Organisation = builder.Configuration[$"{TypologyOptions.Section}:OrganisationId"] ?? "";
            }
        });
        builder.Services.AddOptions<LegalBasisOptions>().Validate<IOptions<TypologyOptions>>(
            (legalBasis, typology) => legalBasis.Hosted.SetEquals([typology.Value.OrganisationId]),
            $"{LegalBasisOptions.Section}:Organisation(s) must be the FIU's own organisation, {TypologyOptions.Section}:OrganisationId, and only it.");
        builder.Services.AddAgreementReplication(builder.Configuration, Extensions.ReadyTag);
        builder.Services.AddAuditCheckpoints<TypologyDbContext>(options => builder.Configuration.GetSection(AuditCheckpointOptions.Section).Bind(options));
        // Note: a distribution the agreement does not permit now (suspended, say) waits in the outbox, without holding up the others.
        builder.AddConcordOutbox<WebApplicationBuilder, TypologyDbContext>(outbox => outbox.IsRefusal = exception => exception is LegalBasisDeniedException);
        builder.AddConcordBus(
            bus =>
            {
                bus.AddConsumer<TypologyAcknowledgedConsumer, TypologyAcknowledgedConsumerDefinition>();
                bus.AddConsumer<ReportScreenedConsumer, ReportScreenedConsumerDefinition>();
                bus.AddConsumer<ReportDecisionRecordedConsumer, ReportDecisionRecordedConsumerDefinition>();
                bus.AddLegalBasisEnforcement();
            },
            (context, transport) => transport.UseLegalBasis(context));
        builder.Services.AddLegalBasisEnforcement();

        builder.Services.AddSingleton<IRuleChecker, ScreeningRuleChecker>();
        builder.Services.AddSingleton<DraftValidator>();
        builder.Services.AddScoped<TypologyDesk>();
        builder.Services.AddScoped<TypologyQueries>();
        builder.Services.AddScoped<ApplicableTypologies>();
        builder.Services.AddScoped<StatisticsQueries>();
        builder.Services.AddOpenApi();
        return builder;
    }
}
