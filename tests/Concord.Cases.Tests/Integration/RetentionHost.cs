using Concord.Cases.Persistence;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Replication;
using Concord.LegalBasis.Retention;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Concord.Cases.Tests.Integration;

/// <summary>
/// The task force's cases service with a clock the tests move forward (years, past the retention of what it holds),
/// its replica confirmed current at the moved time, and the retention job run on demand.
/// </summary>
public sealed class RetentionHost : TaskForceHost
{
    public ShiftedClock Clock { get; } = new();

    /// <summary>Moves the service's clock forward; the replica is confirmed current at the new time, as a heartbeat would.</summary>
    public void Advance(TimeSpan by)
    {
        Clock.Advance(by);
        Service().Services.GetRequiredService<AgreementReplicaHolder>().Update(replica => replica.ConfirmedAt(Clock.GetUtcNow()));
    }

    /// <summary>Runs the retention job once, as its timer would; returns how many items each policy purged.</summary>
    public Task<IReadOnlyDictionary<string, int>> PurgeAsync() =>
        Service().Services.GetRequiredService<RetentionPurger<CasesDbContext>>().PurgeDueAsync(CancellationToken.None);

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(Clock);
        services.RemoveAll<IAgreementSnapshotSource>();
        services.AddSingleton<IAgreementSnapshotSource>(new Snapshot(Clock));
    }

    private sealed class Snapshot(ShiftedClock clock) : IAgreementSnapshotSource
    {
        public Task<AgreementReplica> FetchAsync(CancellationToken cancellationToken) =>
            Task.FromResult(new AgreementReplica(TaskForceAgreement.All(), [], clock.GetUtcNow(), 1));
    }
}
