using Xunit;

namespace Concord.BankGateway.Tests.Integration;

/// <summary>A gateway whose replica holds the statutory agreements and the agreements typologies travel under.</summary>
public sealed class TypologyGateway : IAsyncLifetime
{
    public GatewayNetwork Network { get; } = new(TypologyAgreements.All());

    public Task InitializeAsync() => Network.InitializeAsync();

    public Task DisposeAsync() => Network.DisposeAsync();
}
