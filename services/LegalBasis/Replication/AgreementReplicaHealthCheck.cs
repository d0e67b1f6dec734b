using Concord.LegalBasis.Enforcement;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Concord.LegalBasis.Replication;

/// <summary>
/// Not ready until the first snapshot is in (the service could share nothing); degraded while the replica is older than
/// its bound (the service refuses to share or receive, but keeps what it was given).
/// </summary>
public sealed class AgreementReplicaHealthCheck(
    AgreementReplicator replicator,
    AgreementReplicaHolder holder,
    IOptions<LegalBasisOptions> options,
    TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var replica = holder.Current;
        var age = time.GetUtcNow() - replica.CurrentAsOf;
        var data = new Dictionary<string, object>
        {
            ["sequence"] = replica.Sequence,
            ["currentAsOf"] = replica.CurrentAsOf,
            ["agreements"] = replica.AgreementCount,
        };
        if (!replicator.HasSnapshot)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("No replica of the agreements yet: nothing can be shared or received.", data: data));
        }

        return Task.FromResult(age > options.Value.MaxReplicaStaleness
            ? HealthCheckResult.Degraded($"The replica of the agreements was last confirmed {age.TotalSeconds:F0} s ago, beyond the bound of {options.Value.MaxReplicaStaleness.TotalSeconds:F0} s: nothing is shared or received until it is current.", data: data)
            : HealthCheckResult.Healthy($"Current as of {replica.CurrentAsOf:O} (change {replica.Sequence}).", data));
    }
}
