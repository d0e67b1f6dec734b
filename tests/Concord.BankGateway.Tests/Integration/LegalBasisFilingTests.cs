using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.Contracts.Agreements;
using Concord.Contracts.Filing;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using Concord.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace Concord.BankGateway.Tests.Integration;

/// <summary>Filing under the legal-basis layer: the statutory agreement found, cited, audited — or its absence explained.</summary>
public sealed class LegalBasisFilingTests(GatewayNetwork network) : IClassFixture<GatewayNetwork>, IAsyncLifetime
{
    private AgreementReplicaHolder Replica => network.Gateway.Services.GetRequiredService<AgreementReplicaHolder>();

    public async Task InitializeAsync() =>
        await Eventually.AssertAsync(() => Task.FromResult(Replica.Current.AgreementCount == 2), "the gateway has its replica of the agreements");

    // Note: every test leaves the demo agreements as it found them.
    public Task DisposeAsync()
    {
        Replica.Update(replica => new AgreementReplica([DemoAgreements.Statutory("bank-alpha"), DemoAgreements.Statutory("bank-beta")], [], DateTimeOffset.UtcNow, replica.Sequence));
        return Task.CompletedTask;
    }

    private static StringContent Json(SuspiciousActivityReport report) =>
        new(JsonSerializer.Serialize(report, ContractJson.Options), Encoding.UTF8, "application/json");

    [Fact]
    public async Task File_WhenTheStatutoryAgreementIsActive_TheReportTravelsUnderItsEnvelopeAndTheDecisionIsAudited()
    {
        await using var observer = await TestBus.StartAsync(network.Broker.ConnectionString, "observer-basis");
        using var alpha = await network.ClientForAsync(DemoClients.BankAlpha);
        var report = SampleReports.Structuring("bank-alpha", $"LB-{Guid.NewGuid():N}"[..30]);

        using var response = await alpha.PostAsync(new Uri("/api/v1/reports", UriKind.Relative), Json(report));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var reference = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("concordReference").GetString()!;

        var published = await observer.WaitForAsync<SuspiciousActivityReported>(m => m.ConcordReference == reference, "the filing is published");
        var envelope = Assert.IsType<Contracts.Sharing.SharingEnvelope>(published.Envelope);
        Assert.Equal(DemoAgreements.StatutoryId("bank-alpha"), envelope.AgreementId);
        Assert.Equal(DemoAgreements.Gateway, envelope.LegalGateway);
        Assert.Equal(Contracts.Sharing.Purpose.SuspicionReporting, envelope.Purpose);
        Assert.Equal(["fiu-gb"], envelope.Recipients);
        Assert.Equal(("bank-alpha", "bank-alpha"), (envelope.Sender, envelope.Originator));
        Assert.Equal([reference], envelope.Lineage);
        Assert.InRange(envelope.RetainUntil, DateTimeOffset.UtcNow.AddDays(2189), DateTimeOffset.UtcNow.AddDays(2190));

        var entries = await network.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Subject == $"report:{reference}").ToListAsync());
        var filed = Assert.Single(entries);
        Assert.Equal((AuditOutcome.Permitted, DemoAgreements.StatutoryId("bank-alpha"), "bank-alpha/bank-alpha-filing"), (filed.Outcome, filed.AgreementId!.Value, filed.Actor));
        var verification = await VerifyAsync();
        Assert.True(verification.IsIntact, verification.Problem);
    }

    [Fact]
    public async Task File_WhenTheBankHasNoAgreementWithItsFiu_IsRefusedNamingTheMissingBasisAndStoresNothing()
    {
        Replica.Update(replica => new AgreementReplica([DemoAgreements.Statutory("bank-alpha")], [], DateTimeOffset.UtcNow, replica.Sequence));
        using var beta = await network.ClientForAsync(DemoClients.BankBeta);
        var bankReference = $"LB-{Guid.NewGuid():N}"[..30];

        using var response = await beta.PostAsync(new Uri("/api/v1/reports", UriKind.Relative), Json(SampleReports.Structuring("bank-beta", bankReference)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://concord.dev/problems/no-legal-basis", problem.GetProperty("type").GetString());
        var error = Assert.Single(problem.GetProperty("fieldErrors").EnumerateArray());
        Assert.Equal("no-agreement", error.GetProperty("code").GetString());
        Assert.Contains("bank-beta", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("fiu-gb", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await network.QueryAsync(db => db.Reports.CountAsync(r => r.BankReference == bankReference)));
        var refusal = await network.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Subject == $"bank-reference:bank-beta/{bankReference}"));
        Assert.Equal((AuditOutcome.Denied, "no-agreement"), (refusal.Outcome, refusal.Reasons));
    }

    [Fact]
    public async Task File_WhenTheAgreementIsSuspended_IsRefusedAndAResumptionLetsTheSameReportThrough()
    {
        Replica.Update(replica => replica.With(DemoAgreements.Statutory("bank-alpha", AgreementStatus.Suspended) with { Revision = 10 }, DateTimeOffset.MinValue));
        using var alpha = await network.ClientForAsync(DemoClients.BankAlpha);
        var report = SampleReports.Structuring("bank-alpha", $"LB-{Guid.NewGuid():N}"[..30]);

        using (var refused = await alpha.PostAsync(new Uri("/api/v1/reports", UriKind.Relative), Json(report)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("agreement-suspended", Assert.Single(problem.GetProperty("fieldErrors").EnumerateArray()).GetProperty("code").GetString());
        }

        Replica.Update(replica => replica.With(DemoAgreements.Statutory("bank-alpha") with { Revision = 11 }, DateTimeOffset.MinValue));
        using var accepted = await alpha.PostAsync(new Uri("/api/v1/reports", UriKind.Relative), Json(report));
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task Batch_WhenTheBankHasNoBasis_EachReportSaysSoAndAnAtomicBatchIsRefusedWhole()
    {
        Replica.Update(replica => new AgreementReplica([DemoAgreements.Statutory("bank-alpha")], [], DateTimeOffset.UtcNow, replica.Sequence));
        using var beta = await network.ClientForAsync(DemoClients.BankBeta);
        var batch = new { reports = new[] { SampleReports.Structuring("bank-beta", $"LB-{Guid.NewGuid():N}"[..30]), SampleReports.Structuring("bank-beta", $"LB-{Guid.NewGuid():N}"[..30]) } };
        var body = JsonSerializer.Serialize(batch, ContractJson.Options);

        using var partial = await beta.PostAsync(new Uri("/api/v1/reports/batch", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        using var atomic = await beta.PostAsync(new Uri("/api/v1/reports/batch?atomic=true", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        var results = (await partial.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results").EnumerateArray().ToList();
        Assert.All(results, result => Assert.Equal("NoLegalBasis", result.GetProperty("outcome").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, atomic.StatusCode);
    }

    [Fact]
    public async Task Outbox_WhenAMessageHasNoBasisAtDispatch_ItWaitsWithoutHoldingUpOthersAndGoesOnceTheAgreementIsBack()
    {
        await using var observer = await TestBus.StartAsync(network.Broker.ConnectionString, "observer-deferred");
        Replica.Update(replica => replica.With(DemoAgreements.Statutory("bank-beta", AgreementStatus.Suspended) with { Revision = 20 }, DateTimeOffset.MinValue));
        var held = Filed("bank-beta");
        var free = Filed("bank-alpha");
        Guid heldId;
        await using (var scope = network.Gateway.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Persistence.GatewayDbContext>();
            heldId = db.AddOutboxMessage(held, DateTimeOffset.UtcNow);
            db.AddOutboxMessage(free, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        await observer.WaitForAsync<SuspiciousActivityReported>(m => m.ReportId == free.ReportId, "the message with a basis goes");
        var waiting = await Eventually.GetAsync(
            () => network.QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleOrDefaultAsync(m => m.Attempts > 0 && m.MessageId == heldId)),
            message => message is not null, "the message without a basis waits in the outbox");
        Assert.Contains("suspended", waiting!.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(observer.Received<SuspiciousActivityReported>(), m => m.ReportId == held.ReportId);

        Replica.Update(replica => replica.With(DemoAgreements.Statutory("bank-beta") with { Revision = 21 }, DateTimeOffset.MinValue));
        await observer.WaitForAsync<SuspiciousActivityReported>(m => m.ReportId == held.ReportId, "the held message goes once the agreement is back");
    }

    private static SuspiciousActivityReported Filed(string bank)
    {
        var reference = $"CR-2026-{Guid.NewGuid():N}"[..18].ToUpperInvariant();
        return new SuspiciousActivityReported
        {
            ReportId = Guid.NewGuid(),
            ConcordReference = reference,
            BankOrganisationId = bank,
            FiledBy = $"{bank}-filing",
            FiledAt = DateTimeOffset.UtcNow,
            Report = SampleReports.Structuring(bank, $"LB-{Guid.NewGuid():N}"[..30]),
            Envelope = DemoAgreements.FilingEnvelope(bank) with { Lineage = [reference] },
        };
    }

    private async Task<AuditVerification> VerifyAsync()
    {
        await using var scope = network.Gateway.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Persistence.GatewayDbContext>();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        return await AuditVerifier.VerifyAsync(connection, [], CancellationToken.None);
    }
}
