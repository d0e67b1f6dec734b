using Concord.Testing;
using Xunit;

namespace Concord.BankGateway.Tests.Integration;

/// <summary>A gateway whose replica holds the statutory agreements and the partnership agreements the FIU asks its banks under.</summary>
public sealed class PartnershipGateway : IAsyncLifetime
{
    public GatewayNetwork Network { get; } = new(DemoPartnership.All());

    public Task InitializeAsync() => Network.InitializeAsync();

    public Task DisposeAsync() => Network.DisposeAsync();
}
