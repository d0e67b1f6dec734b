using System.Collections.Concurrent;
using System.Text.Json.Serialization;
using Concord.Contracts.Agreements;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Replication;
using Concord.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Xunit;
using static Concord.LegalBasis.Tests.Decisions.PartnershipFixture;

namespace Concord.LegalBasis.Tests.Replication;

/// <summary>The replica kept current from snapshots, events and heartbeats, over the real RabbitMQ.</summary>
public sealed class AgreementReplicatorTests
{
    /// <summary>A snapshot source that answers from a script: an exception to throw, or the replica to return.</summary>
    private sealed class ScriptedSource : IAgreementSnapshotSource
    {
        private readonly ConcurrentQueue<Func<AgreementReplica>> _script = new();
        private Func<AgreementReplica> _otherwise;
        private int _fetches;

        public ScriptedSource(Func<AgreementReplica> otherwise) => _otherwise = otherwise;

        public int Fetches => Volatile.Read(ref _fetches);

        public void Then(Func<AgreementReplica> next) => _script.Enqueue(next);

        public void Otherwise(Func<AgreementReplica> answer) => _otherwise = answer;

        public Task<AgreementReplica> FetchAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _fetches);
            return Task.FromResult(_script.TryDequeue(out var next) ? next() : _otherwise());
        }
    }

    /// <summary>A clock that the test moves; timers run on real time.</summary>
    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        private long _ticks = now.UtcTicks;

        public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

        public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _ticks, now.UtcTicks);
    }

    private static IHost Build(TestVirtualHost broker, ScriptedSource source, TimeProvider clock)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<AgreementReplicaHolder>();
        builder.Services.AddSingleton<IAgreementSnapshotSource>(source);
        builder.Services.Configure<LegalBasisOptions>(options => options.Organisation = "fiu-gb");
        builder.Services.Configure<AgreementReplicationOptions>(options => options.RetryDelay = TimeSpan.FromMilliseconds(50));
        builder.Services.AddReplicator("ready");
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromSeconds(60);
        });
        builder.Services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry();
            bus.AddAgreementReplicaConsumers();
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(broker.ConnectionString));
                rabbit.ConfigureJsonSerializerOptions(json =>
                {
                    json.Converters.Add(new JsonStringEnumConverter());
                    return json;
                });
                rabbit.ReceiveAgreementChanges(context);
            });
        });
        return builder.Build();
    }

    private static async Task<HealthStatus> ReadinessAsync(IHost host) =>
        (await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Entries[ReplicationExtensions.HealthCheckName].Status;

    private static AgreementChanged Change(AgreementStatus status, long sequence, AgreementChange change) => new()
    {
        Terms = Agreement(status) with { Revision = sequence },
        Change = change,
        Sequence = sequence,
        ChangedAt = Now,
        ChangedBy = "secretariat-demo",
    };

    [Fact]
    public async Task Start_WhenTheFirstFetchesFail_DeniesUntilASnapshotIsInThenPermits()
    {
        await using var broker = await TestVirtualHost.CreateAsync("replica");
        var source = new ScriptedSource(() => new AgreementReplica([Agreement()], [], Now, 1));
        source.Then(() => throw new InvalidOperationException("The Agreements service is not there yet."));
        source.Then(() => throw new InvalidOperationException("Still not there."));
        using var host = Build(broker, source, new MovableClock(Now));
        var holder = host.Services.GetRequiredService<AgreementReplicaHolder>();

        Assert.Equal(HealthStatus.Unhealthy, await ReadinessAsync(host));
        Assert.Equal(DenyReasons.ReplicaStale, Decide(Filing(), holder.Current).Reasons);
        await host.StartAsync();
        try
        {
            await Eventually.AssertAsync(() => Task.FromResult(holder.Current.Sequence == 1), "the snapshot installed after two failed fetches");

            Assert.Equal(3, source.Fetches);
            Assert.True(Decide(Filing(), holder.Current).IsPermitted);
            Assert.Equal(HealthStatus.Healthy, await ReadinessAsync(host));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task AgreementChanged_WhenTheNextChangeSuspends_DecisionsDenyAtOnceAndResumeLikewise()
    {
        await using var broker = await TestVirtualHost.CreateAsync("replica");
        var source = new ScriptedSource(() => new AgreementReplica([Agreement() with { Revision = 1 }], [], Now, 1));
        using var host = Build(broker, source, new MovableClock(Now));
        var holder = host.Services.GetRequiredService<AgreementReplicaHolder>();
        await host.StartAsync();
        try
        {
            await Eventually.AssertAsync(() => Task.FromResult(holder.Current.Sequence == 1), "the snapshot installed");
            var bus = host.Services.GetRequiredService<IBus>();

            await bus.Publish(Change(AgreementStatus.Suspended, 2, AgreementChange.Suspended));
            await Eventually.AssertAsync(() => Task.FromResult(holder.Current.Sequence == 2), "the suspension applied");
            Assert.Equal(DenyReasons.AgreementSuspended, Decide(Filing(), holder.Current).Reasons);

            await bus.Publish(Change(AgreementStatus.Active, 3, AgreementChange.Resumed));
            await Eventually.AssertAsync(() => Task.FromResult(holder.Current.Sequence == 3), "the resumption applied");
            Assert.True(Decide(Filing(), holder.Current).IsPermitted);
            Assert.Equal(1, source.Fetches);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task AgreementChanged_WhenAChangeWasMissed_AppliesItAndFetchesTheSnapshot()
    {
        await using var broker = await TestVirtualHost.CreateAsync("replica");
        var source = new ScriptedSource(() => new AgreementReplica([Agreement() with { Revision = 1 }], [], Now, 1));
        using var host = Build(broker, source, new MovableClock(Now));
        var holder = host.Services.GetRequiredService<AgreementReplicaHolder>();
        await host.StartAsync();
        try
        {
            await Eventually.AssertAsync(() => Task.FromResult(holder.Current.Sequence == 1), "the snapshot installed");
            // Note: change 2 (a consent, say) never arrived; the service's snapshot holds both 2 and 3.
            source.Otherwise(() => new AgreementReplica([Agreement(AgreementStatus.Terminated) with { Revision = 3 }], [Consent()], Now, 3));

            await host.Services.GetRequiredService<IBus>().Publish(Change(AgreementStatus.Terminated, 3, AgreementChange.Terminated));

            await Eventually.AssertAsync(() => Task.FromResult(holder.Current.Sequence == 3), "the snapshot fetched after the gap");
            Assert.Equal(2, source.Fetches);
            Assert.Single(holder.Current.Consents);
            Assert.Equal(DenyReasons.AgreementTerminated, Decide(Filing(), holder.Current).Reasons);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Heartbeat_ConfirmsAReplicaThatHasEveryChange_AndRepairsOneThatDoesNot()
    {
        await using var broker = await TestVirtualHost.CreateAsync("replica");
        var clock = new MovableClock(Now);
        var source = new ScriptedSource(() => new AgreementReplica([Agreement()], [], clock.GetUtcNow(), 4));
        using var host = Build(broker, source, clock);
        var holder = host.Services.GetRequiredService<AgreementReplicaHolder>();
        await host.StartAsync();
        try
        {
            await Eventually.AssertAsync(() => Task.FromResult(holder.Current.Sequence == 4), "the snapshot installed");
            var bus = host.Services.GetRequiredService<IBus>();

            // Ten minutes on, no heartbeat yet: beyond the bound, so sharing stops.
            clock.Set(Now.AddMinutes(10));
            Assert.Equal(DenyReasons.ReplicaStale, DecisionPoint.Decide(holder.Current, MaxStaleness, Filing() with { At = clock.GetUtcNow() }).Reasons);
            Assert.Equal(HealthStatus.Degraded, await ReadinessAsync(host));

            // A heartbeat from a clock running ahead confirms the replica only up to this service's own clock.
            await bus.Publish(new AgreementsHeartbeat { Sequence = 4, At = Now.AddMinutes(30) });
            await Eventually.AssertAsync(() => Task.FromResult(holder.Current.CurrentAsOf == Now.AddMinutes(10)), "the heartbeat confirmed the replica");
            Assert.True(DecisionPoint.Decide(holder.Current, MaxStaleness, Filing() with { At = clock.GetUtcNow() }).IsPermitted);
            Assert.Equal(1, source.Fetches);

            // A heartbeat naming a change the replica does not hold brings the whole snapshot.
            source.Otherwise(() => new AgreementReplica([Agreement(AgreementStatus.Suspended) with { Revision = 5 }], [], clock.GetUtcNow(), 5));
            await bus.Publish(new AgreementsHeartbeat { Sequence = 5, At = Now.AddMinutes(10) });
            await Eventually.AssertAsync(() => Task.FromResult(holder.Current.Sequence == 5), "the snapshot fetched after the heartbeat");
            Assert.Equal(2, source.Fetches);
            Assert.Equal(DenyReasons.AgreementSuspended, DecisionPoint.Decide(holder.Current, MaxStaleness, Filing() with { At = clock.GetUtcNow() }).Reasons);
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
