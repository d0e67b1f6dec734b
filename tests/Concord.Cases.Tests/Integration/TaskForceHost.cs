using Concord.Contracts.Agreements;
using Concord.LegalBasis.Enforcement;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Cases.Tests.Integration;

/// <summary>
/// The cases service with the task force's full flows (<see cref="TaskForceAgreement"/>), and a bus of the test's own on
/// the same virtual host: it publishes as the FIU and the bank gateway would, and records what the service sends them.
/// </summary>
public sealed class TaskForceHost() : CasesHost(TaskForceAgreement.All())
{
    private CaseBus? _bus;

    public CaseBus Bus => _bus ?? throw new InvalidOperationException("Not started.");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _bus = await CaseBus.StartAsync(BrokerConnectionString);
    }

    /// <summary>Puts an originator's onward-sharing consent in the service's replica, as the Agreements service's event would.</summary>
    public void Grant(OnwardSharingConsent consent) =>
        Service().Services.GetRequiredService<AgreementReplicaHolder>().Update(replica => replica.With(consent, DateTimeOffset.UtcNow));

    public override async Task DisposeAsync()
    {
        if (_bus is not null)
        {
            await _bus.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
