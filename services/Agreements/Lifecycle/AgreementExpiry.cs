using Concord.Agreements.Persistence;
using Concord.Contracts.Agreements;
using Concord.LegalBasis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concord.Agreements.Lifecycle;

/// <summary>
/// Expires, on a schedule (<c>Concord:Agreements:ExpiryInterval</c>), every Active or Suspended agreement whose version
/// in force has reached its <c>validUntil</c> by the service's clock: one transaction and one published change each.
/// </summary>
public sealed partial class AgreementExpiry(
    IServiceScopeFactory scopes, IOptions<AgreementsOptions> options, TimeProvider time, ILogger<AgreementExpiry> logger) : BackgroundService
{
    /// <summary>Expires everything due now; returns how many agreements expired.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<AgreementsDbContext>().Agreements.AsNoTracking()
                .Where(a => (a.Status == AgreementStatus.Active || a.Status == AgreementStatus.Suspended) && a.InForceUntil <= now)
                .Select(a => a.Id)
                .ToListAsync(cancellationToken);
        }

        var expired = 0;
        foreach (var id in due)
        {
            // Note: a scope each, so one agreement's failure leaves the others' transactions and tracking untouched.
            await using var scope = scopes.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<AgreementTransitions>().ExpireAsync(id, cancellationToken))
            {
                expired++;
            }
        }

        return expired;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(options.Value.ExpiryInterval, time, ExpireDueAsync, LogExpiryFailed, stoppingToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "Expiring agreements failed; it is tried again at the next interval")]
    private partial void LogExpiryFailed(Exception exception);
}
