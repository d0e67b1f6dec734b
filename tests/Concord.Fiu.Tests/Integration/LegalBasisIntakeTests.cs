using System.Net.Http.Json;
using System.Text.Json;
using Concord.Contracts.Filing;
using Concord.Contracts.Sharing;
using Concord.Fiu.Persistence;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Retention;
using Concord.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace Concord.Fiu.Tests.Integration;

/// <summary>The FIU takes delivery only under a basis, keeps it with each report, answers under one, and purges on time.</summary>
public sealed class LegalBasisIntakeTests(FiuHost host) : IClassFixture<FiuHost>
{
    [Fact]
    public async Task Consume_WhenAFilingHasNoBasis_ItIsQuarantinedAuditedAndNeitherStoredNorAnswered()
    {
        var unenveloped = Reports.Filed() with { Envelope = null };
        var forAnalysis = Reports.Filed() with { Envelope = Reports.Filed().Envelope! with { Purpose = Purpose.Analysis } };
        var covered = Reports.Filed();

        await host.PublishAsync(unenveloped, Guid.NewGuid());
        await host.PublishAsync(forAnalysis, Guid.NewGuid());
        await host.PublishAsync(covered, Guid.NewGuid());

        await host.Bus.WaitForAsync<ReportAcknowledged>(a => a.ReportId == covered.ReportId, "the covered report is acknowledged");
        // Note: the queue's depth as the broker's management API reports it, which lags by a few seconds.
        await Eventually.AssertAsync(
            async () => await host.Broker.QueueDepthAsync($"{Consumers.ReportIntakeConsumer.Name}-quarantine") == 2,
            "both filings without a basis wait in quarantine");
        await host.SettleAsync();
        Assert.Equal((0, 0), (await host.RowsAsync(unenveloped.ReportId), await host.RowsAsync(forAnalysis.ReportId)));
        Assert.Equal((0, 0), (host.Answers(unenveloped.ReportId), host.Answers(forAnalysis.ReportId)));

        var receipts = await host.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Action.StartsWith("receive")).ToListAsync());
        Assert.Contains(receipts, e => e.Outcome == AuditOutcome.Denied && e.Reasons == "envelope-incomplete");
        Assert.Contains(receipts, e => e.Outcome == AuditOutcome.Denied && e.Reasons == "purpose-not-covered");
        Assert.Contains(receipts, e => e.Outcome == AuditOutcome.Permitted && e.AgreementId == DemoAgreements.StatutoryId("bank-alpha"));
        var verification = await VerifyAsync();
        Assert.True(verification.IsIntact, verification.Problem);
    }

    [Fact]
    public async Task Consume_WhenAFilingIsCovered_KeepsItsBasisAndAnswersUnderAFeedbackEnvelope()
    {
        var message = Reports.Filed();

        await host.PublishAsync(message, Guid.NewGuid());
        var ack = await host.Bus.WaitForAsync<ReportAcknowledged>(a => a.ReportId == message.ReportId, "the report is acknowledged");

        var row = await host.QueryAsync(db => db.Reports.AsNoTracking().SingleAsync(r => r.Id == message.ReportId));
        Assert.Equal((DemoAgreements.StatutoryId("bank-alpha"), 1, DemoAgreements.Gateway, message.Envelope!.RetainUntil), (row.AgreementId!.Value, row.AgreementVersion!.Value, row.LegalGateway, row.RetainUntil!.Value));
        var envelope = Assert.IsType<SharingEnvelope>(ack.Envelope);
        Assert.Equal((Purpose.Feedback, "fiu-gb", "bank-alpha"), (envelope.Purpose, envelope.Sender, Assert.Single(envelope.Recipients)));
        Assert.Equal([DataCategory.Outcome], envelope.DataCategories);
        Assert.Equal((DemoAgreements.StatutoryId("bank-alpha"), DemoAgreements.Gateway), (envelope.AgreementId, envelope.LegalGateway));
        Assert.Equal([message.ConcordReference], envelope.Lineage);
        var answer = await host.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Subject == $"report:{message.ConcordReference}" && e.Kind == AuditKind.Dissemination));
        Assert.Equal(AuditOutcome.Permitted, answer.Outcome);
    }

    [Fact]
    public async Task Retention_WhenAReportsRetentionHasPassed_ItIsPurgedAndThePurgeAudited()
    {
        var due = Reports.Filed();
        var kept = Reports.Filed();
        await host.PublishAsync(due, Guid.NewGuid());
        await host.PublishAsync(kept, Guid.NewGuid());
        await host.Bus.WaitForAsync<ReportAcknowledged>(a => a.ReportId == kept.ReportId, "the second report is acknowledged");
        await host.Bus.WaitForAsync<ReportAcknowledged>(a => a.ReportId == due.ReportId, "the first report is acknowledged");
        await host.QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE received_reports SET retain_until = now() - interval '1 day' WHERE id = {due.ReportId}"));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RetentionPurger<FiuDbContext>>().PurgeDueAsync(CancellationToken.None);
        }

        Assert.Equal((0, 1), (await host.RowsAsync(due.ReportId), await host.RowsAsync(kept.ReportId)));
        var purge = await host.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Kind == AuditKind.Purge && e.Subject == $"report:{due.ConcordReference}"));
        Assert.Equal(AuditOutcome.Performed, purge.Outcome);
    }

    [Fact]
    public async Task AuditTrail_FindsAnItemByLineageThroughTheLineageIndex_NotByReadingEveryEntry()
    {
        var plan = await host.QueryAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            // Note: a test database is small enough that a sequential scan would be cheapest; forbid it, so the plan
            // shows whether the query can use the indexes at all.
            await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off");
            await using var explain = new NpgsqlCommand("EXPLAIN " + AuditChainSql.Trail, (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction());
            explain.Parameters.Add(new NpgsqlParameter { Value = "CR-2026-0000000000" });
            explain.Parameters.Add(new NpgsqlParameter { Value = 1000 });
            var lines = new List<string>();
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }

            return string.Join('\n', lines);
        });

        Assert.Contains("ix_audit_entries_lineage", plan, StringComparison.Ordinal);
        Assert.Contains("ix_audit_entries_subject_sequence", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditTrail_ShowsOversightEveryDecisionAboutAReport_AndNobodyElse()
    {
        var message = Reports.Filed();
        await host.PublishAsync(message, Guid.NewGuid());
        await host.Bus.WaitForAsync<ReportAcknowledged>(a => a.ReportId == message.ReportId, "the report is acknowledged");
        // Note: the answer reached the test bus, so its send decision, audited before it left, is in the chain.
        using var oversight = host.ClientFor("oversight-demo", "Oversight", scope: "concord.agreements concord.oversight");
        using var withoutScope = host.ClientFor("oversight-demo", "Oversight", scope: "concord.agreements");
        using var analyst = host.ClientFor(FiuHost.OrganisationId);

        var trail = await oversight.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/audit/entries?item={message.ConcordReference}", UriKind.Relative));
        using var refusedWithoutScope = await withoutScope.GetAsync(new Uri($"/api/v1/audit/entries?item={message.ConcordReference}", UriKind.Relative));
        using var refusedToAnalyst = await analyst.GetAsync(new Uri($"/api/v1/audit/entries?item={message.ConcordReference}", UriKind.Relative));
        using var noItem = await oversight.GetAsync(new Uri("/api/v1/audit/entries", UriKind.Relative));

        var actions = trail.GetProperty("entries").EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("outcome").GetString())).ToList();
        Assert.Equal(
            [("receive SuspiciousActivityReported for fiu-gb", "Permitted"), ("answer report for bank-alpha", "Permitted"), ("send ReportAcknowledged for bank-alpha", "Permitted")],
            actions);
        Assert.All(trail.GetProperty("entries").EnumerateArray(), e => Assert.Equal(DemoAgreements.StatutoryId("bank-alpha"), e.GetProperty("agreementId").GetGuid()));
        Assert.Equal((System.Net.HttpStatusCode.Forbidden, System.Net.HttpStatusCode.Forbidden, System.Net.HttpStatusCode.BadRequest), (refusedWithoutScope.StatusCode, refusedToAnalyst.StatusCode, noItem.StatusCode));
    }

    private async Task<AuditVerification> VerifyAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FiuDbContext>();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        return await AuditVerifier.VerifyAsync(connection, [], CancellationToken.None);
    }
}
