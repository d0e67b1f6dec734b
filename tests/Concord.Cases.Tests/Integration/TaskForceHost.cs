using Concord.Cases.Fiu;
using Concord.Contracts.Agreements;
using Concord.Contracts.Grpc.Fiu.V1;
using Concord.LegalBasis.Enforcement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Concord.Cases.Tests.Integration;

/// <summary>
/// The cases service with the task force's full flows (<see cref="TaskForceAgreement"/>), and a bus of the test's own on
/// the same virtual host: it publishes as the FIU and the bank gateway would, and records what the service sends them.
/// </summary>
public class TaskForceHost() : CasesHost(TaskForceAgreement.All())
{
    private CaseBus? _bus;
    private FiuDouble? _fiu;

    public CaseBus Bus => _bus ?? throw new InvalidOperationException("Not started.");

    public FiuDouble Fiu => _fiu ?? throw new InvalidOperationException("Not started.");

    public override async Task InitializeAsync()
    {
        _fiu = await FiuDouble.StartAsync();
        await base.InitializeAsync();
        _bus = await CaseBus.StartAsync(BrokerConnectionString);
    }

    /// <summary>Puts an originator's onward-sharing consent in the service's replica, as the Agreements service's event would.</summary>
    public void Grant(OnwardSharingConsent consent) =>
        Service().Services.GetRequiredService<AgreementReplicaHolder>().Update(replica => replica.With(consent, DateTimeOffset.UtcNow));

    protected override void ConfigureServices(IServiceCollection services)
    {
        // Note: the gRPC client reaches the FIU double through its test server's handler; the token is the one the
        // identity server would issue the cases-service client for the scope concord.fiu.case-reports.
        services.AddGrpcClient<CaseReports.CaseReportsClient>().ConfigurePrimaryHttpMessageHandler(Fiu.CreateHandler);
        services.RemoveAll<ICaseReportsToken>();
        services.AddSingleton<ICaseReportsToken>(new FixedToken(FiuDouble.Token));
    }

    public override async Task DisposeAsync()
    {
        if (_bus is not null)
        {
            await _bus.DisposeAsync();
        }

        await base.DisposeAsync();
        if (_fiu is not null)
        {
            await _fiu.DisposeAsync();
        }
    }

    private sealed class FixedToken(string token) : ICaseReportsToken
    {
        public Task<string> GetAsync(CancellationToken cancellationToken) => Task.FromResult(token);
    }
}
