using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.BankGateway.Persistence;
using Concord.Contracts.Filing;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Retention;
using Concord.ServiceDefaults.Messaging;
using Concord.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
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
    public void Bus_ReportsNoUsageTelemetryToTheVendor()
    {
        var telemetry = network.Gateway.Services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value;

        Assert.False(telemetry.Enabled);
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
            Envelope = DemoAgreements.FeedbackEnvelope("bank-alpha"),
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
            Envelope = DemoAgreements.FeedbackEnvelope("bank-alpha"),
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

    [Fact]
    public async Task Decisions_WhenAReportIsDecidedTwice_TheFirstDecisionStands()
    {
        await using var observer = await TestBus.StartAsync(network.Broker.ConnectionString, "observer-twice");
        var (client, reference, published) = await FileAsync(observer);
        using var alpha = client;

        await observer.Bus.Publish(Acknowledgement(published, "FIU-2026-FIRST00001"));
        await Eventually.GetAsync(
            () => alpha.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/reports/{reference}", UriKind.Relative)),
            s => s.GetProperty("status").GetString() == "Acknowledged", "the first decision is applied");
        var lateAcknowledgement = Guid.NewGuid();
        var lateRejection = Guid.NewGuid();
        await observer.Bus.Publish(Acknowledgement(published, "FIU-2026-SECOND0001"), c => c.MessageId = lateAcknowledgement);
        await observer.Bus.Publish(Rejection(published, "bank-alpha"), c => c.MessageId = lateRejection);
        await Eventually.AssertAsync(
            () => Task.FromResult(network.Decisions.Completed(lateAcknowledgement) == 1 && network.Decisions.Completed(lateRejection) == 1),
            "the gateway has consumed both late decisions");

        var status = await alpha.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/reports/{reference}", UriKind.Relative));
        Assert.Equal(("Acknowledged", "FIU-2026-FIRST00001"), (status.GetProperty("status").GetString(), status.GetProperty("fiuReference").GetString()));
        Assert.Empty(status.GetProperty("rejectionReasons").EnumerateArray());
    }

    [Fact]
    public async Task Acknowledgements_WhenManyArriveAtOnce_EachReportTakesItsOwnFiuReference()
    {
        await using var observer = await TestBus.StartAsync(network.Broker.ConnectionString, "observer-many");
        var filed = new List<(string Reference, SuspiciousActivityReported Published)>();
        for (var i = 0; i < 30; i++)
        {
            var (client, reference, published) = await FileAsync(observer);
            client.Dispose();
            filed.Add((reference, published));
        }

        await Task.WhenAll(filed.Select((f, i) => observer.Bus.Publish(Acknowledgement(f.Published, $"FIU-2026-MANY{i:D6}"))));

        var ids = filed.Select(f => f.Published.ReportId).ToList();
        await Eventually.AssertAsync(
            async () => await network.QueryAsync(db => db.Reports.CountAsync(r => ids.Contains(r.Id) && r.Status == Domain.ReportStatus.Acknowledged)) == ids.Count,
            "every report is acknowledged");
        var stored = await network.QueryAsync(db => db.Reports.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.FiuReference));
        Assert.All(filed.Select((f, i) => (f, i)), x => Assert.Equal($"FIU-2026-MANY{x.i:D6}", stored[x.f.Published.ReportId]));
    }

    [Fact]
    public async Task Retention_WhenTheFiusAnswerIsDue_ItIsEmptiedTheReportKeptAndThePurgeAudited()
    {
        await using var observer = await TestBus.StartAsync(network.Broker.ConnectionString, "observer-retention");
        var (clientDue, referenceDue, publishedDue) = await FileAsync(observer);
        var (clientKept, referenceKept, publishedKept) = await FileAsync(observer);
        using var alpha = clientDue;
        clientKept.Dispose();
        await observer.Bus.Publish(Acknowledgement(publishedDue, "FIU-2026-RETAIN0001"));
        await observer.Bus.Publish(Rejection(publishedKept, "bank-alpha"));
        var ids = new[] { publishedDue.ReportId, publishedKept.ReportId };
        await Eventually.AssertAsync(
            async () => await network.QueryAsync(db => db.Reports.CountAsync(r => ids.Contains(r.Id) && r.FeedbackRetainUntil != null)) == 2,
            "both answers are applied with their retention");
        var stored = await network.QueryAsync(db => db.Reports.SingleAsync(r => r.Id == publishedDue.ReportId));
        // Note: the retention is the feedback envelope's (DemoAgreements gives it 2,000 days), to the microsecond PostgreSQL keeps.
        Assert.InRange(stored.FeedbackRetainUntil!.Value, DateTimeOffset.UtcNow.AddDays(1999), DateTimeOffset.UtcNow.AddDays(2000));
        await network.QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE reports SET feedback_retain_until = now() - interval '1 day' WHERE id = {publishedDue.ReportId}"));

        await using (var scope = network.Gateway.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RetentionPurger<GatewayDbContext>>().PurgeDueAsync(CancellationToken.None);
        }

        var due = await alpha.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/reports/{referenceDue}", UriKind.Relative));
        var kept = await alpha.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/reports/{referenceKept}", UriKind.Relative));
        Assert.Equal(("Acknowledged", JsonValueKind.Null, JsonValueKind.String), (due.GetProperty("status").GetString(), due.GetProperty("fiuReference").ValueKind, due.GetProperty("feedbackPurgedAt").ValueKind));
        Assert.Equal((1, JsonValueKind.Null), (kept.GetProperty("rejectionReasons").GetArrayLength(), kept.GetProperty("feedbackPurgedAt").ValueKind));
        var purge = await network.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Kind == AuditKind.Purge && e.Subject == $"report-feedback:{referenceDue}"));
        Assert.Equal(AuditOutcome.Performed, purge.Outcome);
        Assert.False(await network.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Kind == AuditKind.Purge && e.Subject == $"report-feedback:{referenceKept}")));
    }

    private static ReportAcknowledged Acknowledgement(SuspiciousActivityReported filed, string fiuReference) => new()
    {
        ReportId = filed.ReportId,
        ConcordReference = filed.ConcordReference,
        BankOrganisationId = "bank-alpha",
        FiuReference = fiuReference,
        AcknowledgedBy = "fiu-gb",
        AcknowledgedAt = DateTimeOffset.UtcNow,
        Envelope = DemoAgreements.FeedbackEnvelope("bank-alpha"),
    };

    private static ReportRejected Rejection(SuspiciousActivityReported filed, string bank) => new()
    {
        ReportId = filed.ReportId,
        ConcordReference = filed.ConcordReference,
        BankOrganisationId = bank,
        Reasons = [new FieldError { Path = "report.narrative", Code = "TooShort", Message = "Too short." }],
        RejectedBy = "fiu-gb",
        RejectedAt = DateTimeOffset.UtcNow,
        Envelope = DemoAgreements.FeedbackEnvelope(bank),
    };
}
