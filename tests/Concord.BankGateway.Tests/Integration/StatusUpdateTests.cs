using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.Contracts.Filing;
using Concord.ServiceDefaults.Messaging;
using Concord.Testing;
using Xunit;

namespace Concord.BankGateway.Tests.Integration;

/// <summary>The gateway publishes what it stored, and takes the FIU's decisions back, over the real broker.</summary>
public sealed class StatusUpdateTests(GatewayNetwork network) : IClassFixture<GatewayNetwork>
{
    private async Task<(HttpClient Client, string Reference, SuspiciousActivityReported Published)> FileAsync(TestBus observer)
    {
        var alpha = await network.ClientForAsync(DemoClients.BankAlpha);
        var report = SampleReports.Structuring("bank-alpha", $"ST-{Guid.NewGuid():N}"[..30]);
        using var response = await alpha.PostAsync(new Uri("/api/v1/reports", UriKind.Relative),
            new StringContent(JsonSerializer.Serialize(report, ContractJson.Options), Encoding.UTF8, "application/json"));
        var reference = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("concordReference").GetString()!;
        var published = await observer.WaitForAsync<SuspiciousActivityReported>(m => m.ConcordReference == reference, "the gateway published the filing");
        return (alpha, reference, published);
    }

    [Fact]
    public async Task Filing_WhenStored_IsPublishedWithTheFilingBankFromTheToken()
    {
        await using var observer = await TestBus.StartAsync(network.Broker.ConnectionString, "observer-published");
        var (client, _, published) = await FileAsync(observer);
        client.Dispose();

        Assert.Equal("bank-alpha", published.BankOrganisationId);
        Assert.Equal("bank-alpha-filing", published.FiledBy);
        Assert.Equal(4, published.Report.Transactions.Count);
    }

    [Fact]
    public async Task Acknowledgement_WhenFiuAcknowledges_StatusBecomesAcknowledgedWithFiuReference()
    {
        await using var observer = await TestBus.StartAsync(network.Broker.ConnectionString, "observer-ack");
        var (client, reference, published) = await FileAsync(observer);
        using var alpha = client;

        await observer.Bus.Publish(new ReportAcknowledged
        {
            ReportId = published.ReportId,
            ConcordReference = reference,
            BankOrganisationId = "bank-alpha",
            FiuReference = "FIU-2026-TESTACK001",
            AcknowledgedBy = "fiu-gb",
            AcknowledgedAt = DateTimeOffset.UtcNow,
        });

        var status = await Eventually.GetAsync(
            () => alpha.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/reports/{reference}", UriKind.Relative)),
            s => s.GetProperty("status").GetString() == "Acknowledged", "the report is acknowledged");
        Assert.Equal("FIU-2026-TESTACK001", status.GetProperty("fiuReference").GetString());
    }

    [Fact]
    public async Task Rejection_WhenFiuRejects_StatusShowsFieldReasons()
    {
        await using var observer = await TestBus.StartAsync(network.Broker.ConnectionString, "observer-reject");
        var (client, reference, published) = await FileAsync(observer);
        using var alpha = client;

        await observer.Bus.Publish(new ReportRejected
        {
            ReportId = published.ReportId,
            ConcordReference = reference,
            BankOrganisationId = "bank-alpha",
            Reasons = [new FieldError { Path = "report.reportTypeCode", Code = "UnknownReportTypeCode", Message = "Not on the FIU's list." }],
            RejectedBy = "fiu-gb",
            RejectedAt = DateTimeOffset.UtcNow,
        });

        var status = await Eventually.GetAsync(
            () => alpha.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/reports/{reference}", UriKind.Relative)),
            s => s.GetProperty("status").GetString() == "Rejected", "the report is rejected");
        var reason = Assert.Single(status.GetProperty("rejectionReasons").EnumerateArray());
        Assert.Equal("UnknownReportTypeCode", reason.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Rejection_WhenAddressedToAnotherBank_ChangesNothing()
    {
        await using var observer = await TestBus.StartAsync(network.Broker.ConnectionString, "observer-spoof");
        var (clientA, referenceA, publishedA) = await FileAsync(observer);
        var (clientB, referenceB, publishedB) = await FileAsync(observer);
        using var alpha = clientA;
        clientB.Dispose();

        await observer.Bus.Publish(Rejection(publishedA, "bank-beta"));
        await observer.Bus.Publish(Rejection(publishedB, "bank-alpha"));

        // Both go to the same consumer queue, the misaddressed one first: once B is decided, A has been seen too.
        await Eventually.GetAsync(
            () => alpha.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/reports/{referenceB}", UriKind.Relative)),
            s => s.GetProperty("status").GetString() == "Rejected", "the correctly addressed rejection is applied");
        var statusA = await alpha.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/reports/{referenceA}", UriKind.Relative));
        Assert.Equal("Received", statusA.GetProperty("status").GetString());
    }

    private static ReportRejected Rejection(SuspiciousActivityReported filed, string bank) => new()
    {
        ReportId = filed.ReportId,
        ConcordReference = filed.ConcordReference,
        BankOrganisationId = bank,
        Reasons = [new FieldError { Path = "report.narrative", Code = "TooShort", Message = "Too short." }],
        RejectedBy = "fiu-gb",
        RejectedAt = DateTimeOffset.UtcNow,
    };
}
