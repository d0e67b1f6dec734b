using System.Text.Json;
using Concord.Contracts.Filing;
using Concord.Fiu.Consumers;
using Concord.Fiu.Domain;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using Concord.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Concord.Fiu.Tests.Integration;

/// <summary>Reports in over the real broker, decisions out, rows in the real database.</summary>
public sealed class IntakeTests(FiuHost host) : IClassFixture<FiuHost>
{
    [Fact]
    public async Task Consume_WhenReportIsValid_AcknowledgesWithAnFiuReferenceAndStoresOneRow()
    {
        var message = Reports.Filed();

        await host.PublishAsync(message, Guid.NewGuid());
        var ack = await host.Bus.WaitForAsync<ReportAcknowledged>(a => a.ReportId == message.ReportId, "the report is acknowledged");

        Assert.True(FiuReference.IsWellFormed(ack.FiuReference), ack.FiuReference);
        Assert.Equal((message.ConcordReference, message.BankOrganisationId, FiuHost.OrganisationId), (ack.ConcordReference, ack.BankOrganisationId, ack.AcknowledgedBy));
        var row = await host.QueryAsync(db => db.Reports.AsNoTracking().SingleAsync(r => r.Id == message.ReportId));
        Assert.Equal(ReceivedReportStatus.Acknowledged, row.Status);
        Assert.Equal(ack.FiuReference, row.FiuReference);
        Assert.Equal((message.ConcordReference, message.Report.BankReference, "STR"), (row.ConcordReference, row.BankReference, row.ReportTypeCode));
        Assert.Null(row.RejectionReasons);
        Assert.Equal(message.Report, JsonSerializer.Deserialize<SuspiciousActivityReport>(row.Report, ContractJson.Options), new ReportJsonComparer());
        Assert.DoesNotContain(host.Bus.Received<ReportRejected>(), r => r.ReportId == message.ReportId);
    }

    [Fact]
    public async Task Consume_WhenReportBreaksTheFiusRules_RejectsWithFieldErrorsAndStoresTheRejection()
    {
        var message = Reports.Filed();
        message = message with
        {
            Report = message.Report with
            {
                ReportTypeCode = "XYZ",
                IndicatorCodes = ["ML-STRUCT", "NOT-ON-THE-LIST"],
                ReportingEntity = message.Report.ReportingEntity with { OrganisationId = "bank-beta" },
                Narrative = "Suspicious.",
            },
        };

        await host.PublishAsync(message, Guid.NewGuid());
        var rejection = await host.Bus.WaitForAsync<ReportRejected>(r => r.ReportId == message.ReportId, "the report is rejected");

        var expected = new[]
        {
            ("report.reportTypeCode", AcceptanceCodes.UnknownReportTypeCode),
            ("report.indicatorCodes[1]", AcceptanceCodes.UnknownIndicatorCode),
            ("report.reportingEntity.organisationId", AcceptanceCodes.ReportingEntityMismatch),
            ("report.narrative", AcceptanceCodes.NarrativeTooShort),
        };
        Assert.Equal(expected, rejection.Reasons.Select(r => (r.Path, r.Code)));
        Assert.Equal((message.ConcordReference, FiuHost.OrganisationId), (rejection.ConcordReference, rejection.RejectedBy));
        var row = await host.QueryAsync(db => db.Reports.AsNoTracking().SingleAsync(r => r.Id == message.ReportId));
        Assert.Equal(ReceivedReportStatus.Rejected, row.Status);
        Assert.Null(row.FiuReference);
        var stored = JsonSerializer.Deserialize<List<FieldError>>(row.RejectionReasons!, ContractJson.Options)!;
        Assert.Equal(expected, stored.Select(r => (r.Path, r.Code)));
        Assert.DoesNotContain(host.Bus.Received<ReportAcknowledged>(), a => a.ReportId == message.ReportId);
    }

    [Fact]
    public async Task Consume_WhenTheSameMessageIsDeliveredTwice_StoresOneRowAndAnswersOnce()
    {
        var message = Reports.Filed();
        var messageId = Guid.NewGuid();

        await host.PublishAsync(message, messageId);
        await host.Bus.WaitForAsync<ReportAcknowledged>(a => a.ReportId == message.ReportId, "the first delivery is acknowledged");
        await host.PublishAsync(message, messageId);
        await Eventually.AssertAsync(() => Task.FromResult(host.Intake.Completed(messageId) == 2), "the FIU has finished with the second delivery");
        await host.SettleAsync();

        Assert.Equal(1, await host.RowsAsync(message.ReportId));
        Assert.Single(host.Bus.Received<ReportAcknowledged>(), a => a.ReportId == message.ReportId);
        Assert.Equal(1, host.Answers(message.ReportId));
        Assert.Equal(1, await host.QueryAsync(db => db.Set<ProcessedMessage>().CountAsync(m => m.MessageId == messageId && m.Consumer == ReportIntakeConsumer.Name)));
    }

    [Fact]
    public async Task Consume_WhenTwoMessagesCarryTheSameReport_StoresOneRowAndAnswersOnce()
    {
        var message = Reports.Filed();
        var secondMessageId = Guid.NewGuid();

        await host.PublishAsync(message, Guid.NewGuid());
        var ack = await host.Bus.WaitForAsync<ReportAcknowledged>(a => a.ReportId == message.ReportId, "the first message is acknowledged");
        // Note: even under another Concord reference: the report id alone decides that it is the same report.
        await host.PublishAsync(message with { ConcordReference = Reports.Filed().ConcordReference, FiledAt = message.FiledAt.AddMinutes(5) }, secondMessageId);
        // The second message is new to the inbox: it is recorded there, in the transaction that skipped its report.
        await Eventually.AssertAsync(() => host.QueryAsync(db => db.Set<ProcessedMessage>().AnyAsync(m => m.MessageId == secondMessageId)), "the second message is processed");
        await host.SettleAsync();

        Assert.Equal(1, await host.RowsAsync(message.ReportId));
        Assert.Equal(1, host.Answers(message.ReportId));
        var row = await host.QueryAsync(db => db.Reports.AsNoTracking().SingleAsync(r => r.Id == message.ReportId));
        Assert.Equal((ack.FiuReference, message.ConcordReference, message.FiledAt), (row.FiuReference, row.ConcordReference, row.FiledAt));
    }

    [Fact]
    public async Task Consume_WhenAnotherReportReusesAConcordReference_SkipsItWithoutBlockingTheQueue()
    {
        var original = Reports.Filed();
        var impostor = Reports.Filed() with { ConcordReference = original.ConcordReference };
        var impostorMessageId = Guid.NewGuid();

        await host.PublishAsync(original, Guid.NewGuid());
        await host.Bus.WaitForAsync<ReportAcknowledged>(a => a.ReportId == original.ReportId, "the original is acknowledged");
        await host.PublishAsync(impostor, impostorMessageId);
        // Storing it would break the unique Concord reference and fail its batch on every redelivery; it is skipped.
        await Eventually.AssertAsync(() => host.QueryAsync(db => db.Set<ProcessedMessage>().AnyAsync(m => m.MessageId == impostorMessageId)), "the impostor is processed");
        await host.SettleAsync();

        Assert.Equal(0, await host.RowsAsync(impostor.ReportId));
        Assert.Equal(0, host.Answers(impostor.ReportId));
        Assert.Equal(1, host.Answers(original.ReportId));
    }

    [Fact]
    public async Task Consume_WhenDuplicatesArriveTogether_StoresOneRowAndAnswersOnce()
    {
        var message = Reports.Filed();
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();

        // Published at once, so they share a batch or run in concurrent batches: both paths must hold.
        await Task.WhenAll(host.PublishAsync(message, first), host.PublishAsync(message, first), host.PublishAsync(message, second));
        await Eventually.AssertAsync(() => Task.FromResult(host.Intake.Completed(first) == 2 && host.Intake.Completed(second) == 1), "the FIU has finished with all three deliveries");
        await host.SettleAsync();

        Assert.Equal(1, await host.RowsAsync(message.ReportId));
        Assert.Equal(1, host.Answers(message.ReportId));
    }

    [Fact]
    public async Task Consume_WhenManyReportsArrive_AnswersEachOnce()
    {
        var messages = Enumerable.Range(0, 300).Select(_ => Reports.Filed()).ToList();

        await Task.WhenAll(messages.Select(m => host.PublishAsync(m, Guid.NewGuid())));
        var ids = messages.Select(m => m.ReportId).ToHashSet();
        // Note: this test is about nothing being lost or answered twice, not about speed; with every test assembly running
        // at once on two cores, 300 intakes (matching and screening included) have taken longer than the default 30 s.
        await Eventually.GetAsync(
            () => Task.FromResult(host.Bus.Received<ReportAcknowledged>().Count(a => ids.Contains(a.ReportId))),
            acknowledged => acknowledged >= ids.Count,
            $"all {ids.Count} reports are acknowledged (the last value is how many were)",
            TimeSpan.FromMinutes(2));
        await host.SettleAsync();

        Assert.Equal(ids.Count, await host.QueryAsync(db => db.Reports.CountAsync(r => ids.Contains(r.Id))));
        var acks = host.Bus.Received<ReportAcknowledged>().Where(a => ids.Contains(a.ReportId)).ToList();
        Assert.Equal(ids.Count, acks.Count);
        Assert.Equal(ids.Count, acks.Select(a => a.FiuReference).Distinct().Count());
    }

    [Fact]
    public async Task Consume_WhenReportContainsNul_RejectsItAndStillStoresIt()
    {
        var message = Reports.Filed();
        message = message with { Report = message.Report with { Narrative = message.Report.Narrative + "\0" } };

        await host.PublishAsync(message, Guid.NewGuid());
        var rejection = await host.Bus.WaitForAsync<ReportRejected>(r => r.ReportId == message.ReportId, "the report is rejected");

        var reason = Assert.Single(rejection.Reasons);
        Assert.Equal(("report", AcceptanceCodes.UnsupportedCharacter), (reason.Path, reason.Code));
        var row = await host.QueryAsync(db => db.Reports.AsNoTracking().SingleAsync(r => r.Id == message.ReportId));
        Assert.EndsWith("\uFFFD", JsonSerializer.Deserialize<SuspiciousActivityReport>(row.Report, ContractJson.Options)!.Narrative, StringComparison.Ordinal);
    }

    /// <summary>Reports compare by their JSON: records compare their lists by reference.</summary>
    private sealed class ReportJsonComparer : IEqualityComparer<SuspiciousActivityReport?>
    {
        public bool Equals(SuspiciousActivityReport? x, SuspiciousActivityReport? y) =>
            JsonSerializer.Serialize(x, ContractJson.Options) == JsonSerializer.Serialize(y, ContractJson.Options);

        public int GetHashCode(SuspiciousActivityReport? obj) => JsonSerializer.Serialize(obj, ContractJson.Options).GetHashCode(StringComparison.Ordinal);
    }
}
