using Concord.Contracts.Agreements;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Replication;
using Concord.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Concord.Cases.Tests.Integration;

/// <summary>
/// The task force's cases service with a clock the tests move forward, and the test's bus standing in for the Agreements
/// service: consents reach the service's replica as <see cref="OnwardSharingConsentChanged"/> events over RabbitMQ, in
/// sequence, and its snapshot holds them too (so a refresh keeps them), current as of the service's clock.
/// </summary>
public sealed class ConsentHost : TaskForceHost
{
    private readonly List<OnwardSharingConsent> _consents = [];
    private long _sequence = 1;

    public ShiftedClock Clock { get; } = new();

    /// <summary>The Agreements service grants (or withdraws) a consent: published as its event; returns once the replica holds it.</summary>
    public async Task PublishConsentAsync(OnwardSharingConsent consent)
    {
        long sequence;
        lock (_consents)
        {
            _consents.RemoveAll(held => held.ConsentId == consent.ConsentId);
            _consents.Add(consent);
            sequence = ++_sequence;
        }

        await Bus.PublishAsync(new OnwardSharingConsentChanged { Consent = consent, Sequence = sequence, ChangedAt = Clock.GetUtcNow() });
        await Eventually.AssertAsync(() => Task.FromResult(Replica().Current.Consents.Any(held => held == consent)), $"the replica holds consent {consent.ConsentId}");
    }

    /// <summary>Moves the service's clock forward; the replica is confirmed current at the new time, as a heartbeat would.</summary>
    public void Advance(TimeSpan by)
    {
        Clock.Advance(by);
        Replica().Update(replica => replica.ConfirmedAt(Clock.GetUtcNow()));
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(Clock);
        services.RemoveAll<IAgreementSnapshotSource>();
        services.AddSingleton<IAgreementSnapshotSource>(new Snapshot(this));
    }

    private AgreementReplicaHolder Replica() => Service().Services.GetRequiredService<AgreementReplicaHolder>();

    private sealed class Snapshot(ConsentHost host) : IAgreementSnapshotSource
    {
        public Task<AgreementReplica> FetchAsync(CancellationToken cancellationToken)
        {
            lock (host._consents)
            {
                return Task.FromResult(new AgreementReplica(TaskForceAgreement.All(), [.. host._consents], host.Clock.GetUtcNow(), host._sequence));
            }
        }
    }
}
