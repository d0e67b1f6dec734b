using Concord.Testing;
using Xunit;

namespace Concord.EndToEnd.Tests;

/// <summary>While the FIU is down, filings wait in its queue; once it is back they are acknowledged, none lost.</summary>
public sealed class FiuOutageTests(ConcordNetwork network) : IClassFixture<ConcordNetwork>
{
    [Fact]
    public async Task FileReport_WhenFiuIsDown_IsAcknowledgedOnceItReturns()
    {
        using var alpha = await network.ClientAsync(network.GatewayAddress, DemoClients.BankAlpha);
        await network.Fiu.StopAsync();

        var references = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            references.Add(await Journey.FileAsync(alpha, SampleReports.Structuring("bank-alpha", Journey.NewReference("E2EO"))));
        }

        foreach (var reference in references)
        {
            Assert.Equal("Received", (await Journey.StatusAsync(alpha, reference)).GetProperty("status").GetString());
        }

        await network.Fiu.StartAsync();

        foreach (var reference in references)
        {
            var status = await Journey.DecidedAsync(alpha, reference, TimeSpan.FromSeconds(90));
            Assert.Equal("Acknowledged", status.GetProperty("status").GetString());
        }
    }
}
