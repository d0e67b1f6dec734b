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
            .Select(g => new { Count = g.Count(), Oldest = g.Min(m => m.CreatedAt), Refused = g.Count(m => m.Attempts > 0) })
            .SingleOrDefaultAsync(cancellationToken);
        if (pending is null)
        {
            return HealthCheckResult.Healthy("No message waits to be published.");
        }

        var waited = time.GetUtcNow() - pending.Oldest;
        var description = $"{pending.Count} message(s) wait to be published; the oldest for {waited.TotalSeconds:F0} s.";
        if (pending.Refused > 0)
        {
            var reason = await db.Set<OutboxMessage>().Where(m => m.Attempts > 0).OrderByDescending(m => m.Attempts).Select(m => m.LastError).FirstAsync(cancellationToken);
            description += $" {pending.Refused} were refused and wait to be tried again, e.g.: {reason}";
        }

        return waited > options.Value.StalledAfter ? HealthCheckResult.Degraded(description) : HealthCheckResult.Healthy(description);
    }
}
