using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Concord.ServiceDefaults.Outbox;

/// <summary>
/// Degraded while a committed message has waited longer than <see cref="OutboxOptions.StalledAfter"/> to be
/// published (the broker is down or refuses this service): the service still takes work, which the outbox keeps,
/// but what it owes the other services is late, and an operator should know.
/// </summary>
internal sealed class OutboxHealthCheck<TContext>(TContext db, TimeProvider time, IOptions<OutboxOptions> options) : IHealthCheck
    where TContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = await db.Set<OutboxMessage>()
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Oldest = g.Min(m => m.CreatedAt) })
            .SingleOrDefaultAsync(cancellationToken);
        if (pending is null)
        {
            return HealthCheckResult.Healthy("No message waits to be published.");
        }

        var waited = time.GetUtcNow() - pending.Oldest;
        var description = $"{pending.Count} message(s) wait to be published; the oldest for {waited.TotalSeconds:F0} s.";
        return waited > options.Value.StalledAfter ? HealthCheckResult.Degraded(description) : HealthCheckResult.Healthy(description);
    }
}
