using Concord.Fiu.Consumers;
using Concord.Fiu.Disseminations;
using Concord.Fiu.Domain;
using Concord.Fiu.Endpoints;
using Concord.Fiu.Feedback;
using Concord.Fiu.Matching;
using Concord.Fiu.Persistence;
using Concord.Fiu.Triage;
using Concord.Fiu.Requests;
using Concord.Fiu.Screening;
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
using Microsoft.Extensions.Options;

namespace Concord.Fiu;

public static class FiuExtensions
{
    /// <summary>Everything the FIU needs besides the service defaults: its settings, database, outbox, bus, analyst API, subject index, typology screening, disseminations and the gRPC service for task-force cases.</summary>
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
        // Note: the FIU receives as its own organisation; Concord:LegalBasis:Organisation may be left out, and may not differ.
        builder.Services.AddLegalBasis<FiuDbContext>(options =>
        {
            builder.Configuration.GetSection(LegalBasisOptions.Section).Bind(options);
            if (string.IsNullOrWhiteSpace(options.Organisation))
            {
                options.Organisation = builder.Configuration[$"{FiuOptions.Section}:OrganisationId"] ?? "";
            }
        });
        builder.Services.AddOptions<LegalBasisOptions>().Validate<IOptions<FiuOptions>>(
            (legalBasis, fiu) => legalBasis.Hosted.SetEquals([fiu.Value.OrganisationId]),
            $"{LegalBasisOptions.Section}:Organisation(s) must be the FIU's own organisation, {FiuOptions.Section}:OrganisationId, and only it.");
        builder.Services.AddAgreementReplication(builder.Configuration, Extensions.ReadyTag);
        builder.Services.AddAuditCheckpoints<FiuDbContext>(options => builder.Configuration.GetSection(AuditCheckpointOptions.Section).Bind(options));
        builder.Services.AddRetention<FiuDbContext>(options => builder.Configuration.GetSection(RetentionOptions.Section).Bind(options));
        builder.Services.AddSingleton<IRetentionPolicy<FiuDbContext>>(new SqlRetentionPolicy<FiuDbContext>(
            "received reports", "received_reports", "id", "retain_until", "concord_reference", "report:"));
        builder.Services.AddSingleton<IRetentionPolicy<FiuDbContext>>(new SqlRetentionPolicy<FiuDbContext>(
            "answers to information requests", "information_request_answers", "recipient_id", "retain_until", "reference", "information-request:"));
        builder.Services.AddSingleton<IRetentionPolicy<FiuDbContext>>(new SqlRetentionPolicy<FiuDbContext>(
            "case outcomes", "case_outcomes", "id", "retain_until", "case_reference", "case-outcome:"));
        // Note: an answer the agreement does not permit now waits in the outbox, without holding up the others.
        builder.AddConcordOutbox<WebApplicationBuilder, FiuDbContext>(outbox => outbox.IsRefusal = exception => exception is LegalBasisDeniedException);
        builder.AddConcordBus(
            bus =>
            {
                bus.AddConsumer<ReportIntakeConsumer, ReportIntakeConsumerDefinition>();
                bus.AddConsumer<InformationRequestAnsweredConsumer, InformationRequestAnsweredConsumerDefinition>();
                bus.AddConsumer<TypologyScreeningChangedConsumer, TypologyScreeningChangedConsumerDefinition>();
                bus.AddConsumer<CaseOutcomeReportedConsumer, CaseOutcomeReportedConsumerDefinition>();
                bus.AddLegalBasisEnforcement();
            },
            (context, transport) => transport.UseLegalBasis(context));

        builder.Services.AddLegalBasisEnforcement();
        builder.Services.AddScoped<ReportQueries>();
        builder.Services.AddOptions<TriageOptions>().BindConfiguration(TriageOptions.Section)
            .Validate(o => o.MultiBankWindowDays > 0, $"{TriageOptions.Section}:MultiBankWindowDays must be positive.")
            .Validate(o => o.AmountThresholds.Values.All(v => v > 0), $"{TriageOptions.Section}:AmountThresholds must be positive amounts.")
            .Validate(o => o.MatchedTypologyPoints >= 0 && o.MatchedTypologiesCounted >= 0, $"{TriageOptions.Section}:MatchedTypologyPoints and MatchedTypologiesCounted must not be negative.")
            .ValidateOnStart();
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<TriageOptions>>().Value.ToRules());
        builder.Services.AddScoped<TriageActions>();
        // Note: one per process: the compiled rules are shared by every intake batch and recompiled only when the
        // screening table's generation moves.
        builder.Services.AddSingleton<ScreeningRules>();
        builder.Services.AddScoped<ScreeningQueries>();
        builder.Services.AddScoped<InformationRequestDesk>();
        builder.Services.AddScoped<RequestQueries>();
        builder.Services.AddScoped<FeedbackDesk>();
        builder.Services.AddScoped<FeedbackQueries>();
        builder.Services.AddScoped<MatchingQueries>();
        builder.Services.AddScoped<DisseminationDesk>();
        builder.Services.AddScoped<DisseminationQueries>();
        builder.Services.AddGrpc();
        builder.Services.AddOpenApi();
        return builder;
    }
}
