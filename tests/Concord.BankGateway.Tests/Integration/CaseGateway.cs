using Xunit;

namespace Concord.BankGateway.Tests.Integration;

/// <summary>A gateway whose replica holds the statutory agreements and the task-force agreements production requests and outcomes travel under.</summary>
public sealed class CaseGateway : IAsyncLifetime
{
    public GatewayNetwork Network { get; } = new(CaseAgreements.All());

    public Task InitializeAsync() => Network.InitializeAsync();

    public Task DisposeAsync() => Network.DisposeAsync();
}
