using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.Contracts.Filing;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using Concord.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Concord.BankGateway.Tests.Integration;

/// <summary>A filing made while the broker refuses the gateway is accepted, kept in the outbox and delivered once the broker is back.</summary>
public sealed class OutboxOutageTests(GatewayNetwork network) : IClassFixture<GatewayNetwork>
{
    [Fact]
    public async Task FileReport_WhenBrokerIsDown_IsAcceptedAndDeliveredOnceBrokerReturns()
    {
        await using var observer = await TestBus.StartAsync(network.Broker.ConnectionString, "observer-outage");
        using var alpha = await network.ClientForAsync(DemoClients.BankAlpha);
        var reports = Enumerable.Range(0, 5).Select(_ => SampleReports.Structuring("bank-alpha", $"OUT-{Guid.NewGuid():N}"[..30])).ToList();
        var references = new List<string>();

        await network.Broker.RevokeAccessAsync();
        try
        {
            foreach (var report in reports)
            {
                using var response = await alpha.PostAsync(new Uri("/api/v1/reports", UriKind.Relative),
                    new StringContent(JsonSerializer.Serialize(report, ContractJson.Options), Encoding.UTF8, "application/json"));
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                references.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("concordReference").GetString()!);
            }

            var pending = await network.QueryAsync(db => db.Set<OutboxMessage>().CountAsync());
            Assert.True(pending >= references.Count, $"expected the {references.Count} filings to wait in the outbox, found {pending}");
            Assert.DoesNotContain(observer.Received<SuspiciousActivityReported>(), m => references.Contains(m.ConcordReference));
            await Eventually.AssertAsync(async () => await OutboxHealthAsync(alpha) == "Degraded", "readiness shows the outbox waiting");
        }
        finally
        {
            await network.Broker.GrantAccessAsync();
        }

        await Eventually.AssertAsync(
            () => Task.FromResult(references.All(r => observer.Received<SuspiciousActivityReported>().Any(m => m.ConcordReference == r))),
            "every filing made during the outage reaches the broker", TimeSpan.FromSeconds(90));
        await Eventually.AssertAsync(
            async () => await network.QueryAsync(db => db.Set<OutboxMessage>().CountAsync()) == 0,
            "the outbox is empty");
        var delivered = observer.Received<SuspiciousActivityReported>().Where(m => references.Contains(m.ConcordReference)).ToList();
        Assert.Equal(references.Count, delivered.Select(m => m.ConcordReference).Distinct().Count());
        Assert.Equal("Healthy", await OutboxHealthAsync(alpha));
    }

    /// <summary>The outbox check's status in the readiness answer (503 while the broker check fails, 200 after).</summary>
    private static async Task<string?> OutboxHealthAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var health = await response.Content.ReadFromJsonAsync<JsonElement>();
        return health.GetProperty("checks").GetProperty("outbox").GetProperty("status").GetString();
    }
}
