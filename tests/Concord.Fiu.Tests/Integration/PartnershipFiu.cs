using Concord.Testing;
using Xunit;

namespace Concord.Fiu.Tests.Integration;

/// <summary>An FIU whose replica holds the statutory agreements and the partnership agreements under which it asks banks for information.</summary>
public sealed class PartnershipFiu : IAsyncLifetime
{
    public FiuHost Host { get; } = new(DemoPartnership.All());

    public Task InitializeAsync() => Host.InitializeAsync();

    public Task DisposeAsync() => Host.DisposeAsync();
}
