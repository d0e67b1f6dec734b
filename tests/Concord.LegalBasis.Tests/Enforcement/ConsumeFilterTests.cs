using System.Collections.Concurrent;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.Contracts.Agreements;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Quarantine;
using Concord.LegalBasis.Tests.Audit;
using Concord.LegalBasis.Tests.Decisions;
using Concord.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Concord.LegalBasis.Tests.Enforcement;

/// <summary>The enforcement point on receipt, over the real RabbitMQ and PostgreSQL.</summary>
public sealed class ConsumeFilterTests
{
    private const string Queue = "fiu-test-intake";

    public sealed record ReportForFiu
    {
        public required string Reference { get; init; }

        public SharingEnvelope? Envelope { get; init; }
    }

    private sealed class Delivered
    {
        public ConcurrentQueue<string> Consumed { get; } = new();

        public ConcurrentQueue<(string Reference, string? Reasons)> Quarantined { get; } = new();
    }

    private sealed class ReportConsumer(Delivered delivered) : IConsumer<ReportForFiu>
    {
        public Task Consume(ConsumeContext<ReportForFiu> context)
        {
            delivered.Consumed.Enqueue(context.Message.Reference);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Consume_WhenAMessageHasNoBasis_ItIsQuarantinedAuditedAndNeverDelivered()
    {
        await using var broker = await TestVirtualHost.CreateAsync("legalbasis");
        await using var database = await AuditDatabase.CreateAsync();
        var delivered = new Delivered();
        // Note: the messages come from a sender that does not enforce (forged, or from outside): the receiver must.
        using var host = Build(broker, database, delivered, enforceSending: false);
        host.Services.GetRequiredService<AgreementReplicaHolder>().Replace(PartnershipFixture.Replica());
        await host.StartAsync();
        try
        {
            var bus = host.Services.GetRequiredService<IBus>();
            await bus.Publish(new ReportForFiu { Reference = "covered", Envelope = PartnershipFixture.FilingEnvelope() });
            await bus.Publish(new ReportForFiu { Reference = "no-envelope" });
            await bus.Publish(new ReportForFiu { Reference = "for-analysis", Envelope = PartnershipFixture.FilingEnvelope() with { Purpose = Purpose.Analysis } });
            await bus.Publish(new ReportForFiu { Reference = "for-the-police", Envelope = PartnershipFixture.FilingEnvelope() with { Recipients = ["police-gb"] } });

            await Eventually.AssertAsync(() => Task.FromResult(delivered.Quarantined.Count == 3 && delivered.Consumed.Count == 1), "three messages quarantined, one delivered");

            Assert.Equal(["covered"], delivered.Consumed);
            var quarantined = delivered.Quarantined.ToDictionary(q => q.Reference, q => q.Reasons);
            Assert.Equal("envelope-incomplete", quarantined["no-envelope"]);
            Assert.Equal("purpose-not-covered", quarantined["for-analysis"]);
            Assert.Equal("recipient-not-addressed", quarantined["for-the-police"]);

            var verification = await database.VerifyAsync();
            Assert.True(verification.IsIntact, verification.Problem);
            await using var db = database.NewContext();
            var outcomes = await db.Set<AuditEntry>().OrderBy(e => e.Sequence).Select(e => e.Outcome).ToListAsync();
            Assert.Equal(4, outcomes.Count);
            Assert.Equal(1, outcomes.Count(outcome => outcome == AuditOutcome.Permitted));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Publish_WhenTheEnvelopeHasNoBasis_NothingIsSentAndTheRefusalIsAudited()
    {
        await using var broker = await TestVirtualHost.CreateAsync("legalbasis");
        await using var database = await AuditDatabase.CreateAsync();
        var delivered = new Delivered();
        using var host = Build(broker, database, delivered);
        host.Services.GetRequiredService<AgreementReplicaHolder>().Replace(PartnershipFixture.Replica());
        await host.StartAsync();
        try
        {
            var bus = host.Services.GetRequiredService<IBus>();

            var refused = await Assert.ThrowsAsync<LegalBasisDeniedException>(() =>
                bus.Publish(new ReportForFiu { Reference = "to-a-non-party", Envelope = PartnershipFixture.FilingEnvelope() with { Recipients = ["fiu-fr"] } }));
            await bus.Publish(new ReportForFiu { Reference = "covered", Envelope = PartnershipFixture.FilingEnvelope() });

            Assert.Equal("fiu-fr", refused.Recipient);
            Assert.Equal(LegalBasis.Decisions.DenyReasons.RecipientNotParty, refused.Reasons);
            await Eventually.AssertAsync(() => Task.FromResult(delivered.Consumed.Count == 1), "the covered report delivered");
            Assert.Equal(["covered"], delivered.Consumed);
            Assert.Empty(delivered.Quarantined);
            await using var db = database.NewContext();
            var sent = await db.Set<AuditEntry>().Where(e => e.Action.StartsWith("send")).OrderBy(e => e.Sequence).ToListAsync();
            Assert.Equal([AuditOutcome.Denied, AuditOutcome.Permitted], sent.Select(e => e.Outcome));
            Assert.Equal("recipient-not-party", sent[0].Reasons);

            // A sender the service does not act for is refused, even with an envelope that would otherwise be good.
            var forged = await Assert.ThrowsAsync<LegalBasisDeniedException>(() =>
                bus.Publish(new ReportForFiu { Reference = "as-another-bank", Envelope = PartnershipFixture.FilingEnvelope() with { Sender = "bank-beta", Originator = "bank-beta" } }));
            Assert.Equal(LegalBasis.Decisions.DenyReasons.ActorNotEntitled, forged.Reasons);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Quarantine_WhenTheAgreementIsResumed_ReleasesWhatItNowCoversAndKeepsTheRest()
    {
        await using var broker = await TestVirtualHost.CreateAsync("legalbasis");
        await using var database = await AuditDatabase.CreateAsync();
        var delivered = new Delivered();
        // Note: the sender's replica was a moment behind the receiver's, which already had the suspension.
        using var host = Build(broker, database, delivered, enforceSending: false, watchQuarantine: false, release: true);
        var replica = host.Services.GetRequiredService<AgreementReplicaHolder>();
        replica.Replace(new AgreementReplica([PartnershipFixture.Agreement(AgreementStatus.Suspended)], [], PartnershipFixture.Now.AddMinutes(-1), sequence: 1));
        await host.StartAsync();
        try
        {
            var bus = host.Services.GetRequiredService<IBus>();
            await bus.Publish(new ReportForFiu { Reference = "filed-during-suspension", Envelope = PartnershipFixture.FilingEnvelope() });
            await bus.Publish(new ReportForFiu { Reference = "for-the-police", Envelope = PartnershipFixture.FilingEnvelope() with { Recipients = ["police-gb"] } });
            await Eventually.AssertAsync(async () => await QuarantinedAsync(broker) == 2, "both messages are quarantined");
            Assert.Empty(delivered.Consumed);

            replica.Replace(new AgreementReplica([PartnershipFixture.Agreement()], [], PartnershipFixture.Now.AddMinutes(-1), sequence: 2));

            await Eventually.AssertAsync(() => Task.FromResult(delivered.Consumed.Count == 1), "the message the resumed agreement covers is delivered");
            Assert.Equal(["filed-during-suspension"], delivered.Consumed);
            Assert.Equal(1u, await QuarantinedAsync(broker));
            await using var db = database.NewContext();
            var actions = await db.Set<AuditEntry>().OrderBy(e => e.Sequence).Select(e => new { e.Action, e.Outcome, e.Reasons }).ToListAsync();
            Assert.Equal(
                [
                    ("receive ReportForFiu", AuditOutcome.Denied),
                    ("receive ReportForFiu", AuditOutcome.Denied),
                    ("release ReportForFiu from quarantine", AuditOutcome.Permitted),
                    ("receive ReportForFiu", AuditOutcome.Permitted),
                ],
                actions.Select(a => (a.Action.Replace(" for fiu-gb", "", StringComparison.Ordinal), a.Outcome)));
            Assert.True((await database.VerifyAsync()).IsIntact);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task<uint> QuarantinedAsync(TestVirtualHost broker)
    {
        var factory = new RabbitMQ.Client.ConnectionFactory { Uri = new Uri(broker.ConnectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(Queue + "-quarantine")).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0;
        }
    }

    private static IHost Build(TestVirtualHost broker, AuditDatabase database, Delivered delivered, bool enforceSending = true, bool watchQuarantine = true, bool release = false) =>
        BusTestHost.Build(
            broker,
            database,
            services =>
            {
                services.AddSingleton<TimeProvider>(new FixedClock(PartnershipFixture.Now));
                services.AddLegalBasis<AuditDatabase.AuditContext>(options =>
                {
                    // Note: one host plays both ends here: it sends as the bank and receives as the FIU.
                    options.Organisation = "fiu-gb";
                    options.Organisations = ["bank-alpha"];
                });
                services.AddSingleton(delivered);
                if (release)
                {
                    services.AddQuarantineRelease();
                    services.Configure<QuarantineReleaseOptions>(options =>
                    {
                        options.BrokerUri = new Uri(broker.ConnectionString);
                        options.Interval = TimeSpan.FromMilliseconds(200);
                    });
                }
            },
            bus =>
            {
                bus.AddConsumer<ReportConsumer>().Endpoint(endpoint => endpoint.Name = Queue);
                bus.AddConfigureEndpointsCallback((context, name, endpoint) =>
                {
                    endpoint.UseConsumeFilter(typeof(LegalBasisConsumeFilter<>), context);
                    context.GetService<QuarantineQueues>()?.Add(name);
                });
            },
            (context, rabbit) =>
            {
                if (enforceSending)
                {
                    rabbit.UsePublishFilter(typeof(LegalBasisSendFilter<>), context);
                    rabbit.UseSendFilter(typeof(LegalBasisSendFilter<>), context);
                }

                if (watchQuarantine)
                {
                rabbit.ReceiveEndpoint(Queue + "-quarantine", quarantine =>
                {
                    quarantine.ConfigureConsumeTopology = false;
                    quarantine.Handler<ReportForFiu>(context =>
                    {
                        delivered.Quarantined.Enqueue((context.Message.Reference, context.Headers.Get<string>(LegalBasisConsumeFilter<ReportForFiu>.ReasonsHeader)));
                        return Task.CompletedTask;
                    });
                });
                }

                rabbit.ConfigureEndpoints(context);
            });
}
