using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.BankGateway.Persistence;
using Concord.Contracts.Feedback;
using Concord.Contracts.Filing;
using Concord.Contracts.Grpc.Filing.V1;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Retention;
using Concord.ServiceDefaults.Messaging;
using Concord.Testing;
using Grpc.Core;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Concord.BankGateway.Tests.Integration.InboxMessages;

namespace Concord.BankGateway.Tests.Integration;

/// <summary>The FIU's feedback reaches the bank that filed the report, and only it; figures count the latest outcome per report.</summary>
public sealed class InboxFeedbackTests(PartnershipGateway fixture) : IClassFixture<PartnershipGateway>
{
    private GatewayNetwork Network => fixture.Network;

    [Fact]
    public async Task Feedback_OnABanksReport_IsShownWithTheReportAndInItsFeedback_AndNotToAnotherBank()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-feedback");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        using var beta = await Network.ClientForAsync(DemoClients.BankBeta);
        var (reportId, reference) = await FileAsync(fiu, alpha);
        var feedback = Feedback(reportId, reference, FeedbackOutcome.LedToDissemination);

        await fiu.Bus.Publish(feedback);

        var status = await Eventually.GetAsync(() => alpha.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/reports/{reference}", UriKind.Relative)),
            s => s.GetProperty("feedback").GetArrayLength() == 1, "the feedback is shown with the report");
        var shown = status.GetProperty("feedback")[0];
        Assert.Equal(("LedToDissemination", feedback.Comment, "fiu-gb"), (shown.GetProperty("outcome").GetString(), shown.GetProperty("comment").GetString(), shown.GetProperty("givenBy").GetString()));
        Assert.Equal(feedback.Envelope!.RetainUntil, shown.GetProperty("retainUntil").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        var listed = await alpha.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/feedback?pageSize=200", UriKind.Relative));
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), f => f.GetProperty("concordReference").GetString() == reference);
        var page = await alpha.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/reports?bankReference={status.GetProperty("bankReference").GetString()}", UriKind.Relative));
        Assert.Equal(1, page.GetProperty("items")[0].GetProperty("feedback").GetArrayLength());

        using var betaReads = await beta.GetAsync(new Uri($"/api/v1/reports/{reference}", UriKind.Relative));
        var betaFeedback = await beta.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/feedback?pageSize=200", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, betaReads.StatusCode);
        Assert.DoesNotContain(betaFeedback.GetProperty("items").EnumerateArray(), f => f.GetProperty("concordReference").GetString() == reference);
    }

    [Fact]
    public async Task Feedback_IsShownInTheReportStatusOverGrpcToo_AndNotToAnotherBank()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-feedback-grpc");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var (reportId, reference) = await FileAsync(fiu, alpha);
        var feedback = Feedback(reportId, reference, FeedbackOutcome.Useful);
        var client = new FilingService.FilingServiceClient(Network.GrpcChannel());
        var (alphaHeaders, betaHeaders) = (await HeadersAsync(DemoClients.BankAlpha), await HeadersAsync(DemoClients.BankBeta));

        var before = await client.GetReportStatusAsync(new GetReportStatusRequest { ConcordReference = reference }, alphaHeaders);
        await fiu.Bus.Publish(feedback);

        Assert.Empty(before.Feedback);
        var status = await Eventually.GetAsync(
            async () => await client.GetReportStatusAsync(new GetReportStatusRequest { ConcordReference = reference }, alphaHeaders),
            s => s.Feedback.Count == 1, "the feedback is shown in the gRPC status");
        var shown = status.Feedback[0];
        Assert.Equal(("Useful", feedback.Comment, "fiu-gb"), (shown.Outcome, shown.Comment, shown.GivenBy));
        Assert.Equal(feedback.GivenAt, shown.GivenAt.ToDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(feedback.Envelope!.RetainUntil, shown.RetainUntil.ToDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        var foreign = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.GetReportStatusAsync(new GetReportStatusRequest { ConcordReference = reference }, betaHeaders));
        Assert.Equal(StatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task Feedback_DeliveredTwice_IsStoredOnce_AndFeedbackNamingAnotherBankForTheReportIsNotStored()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-feedback-twice");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var (reportId, reference) = await FileAsync(fiu, alpha);
        var feedback = Feedback(reportId, reference, FeedbackOutcome.Useful);
        var misaddressed = Feedback(reportId, reference, FeedbackOutcome.NoFurtherAction, bank: "bank-beta");
        var (first, again, other) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        await fiu.Bus.Publish(feedback, c => c.MessageId = first);
        await fiu.Bus.Publish(feedback, c => c.MessageId = again);
        await fiu.Bus.Publish(misaddressed, c => c.MessageId = other);
        await Eventually.AssertAsync(() => Task.FromResult(Network.Decisions.Completed(first) == 1 && Network.Decisions.Completed(again) == 1 && Network.Decisions.Completed(other) == 1),
            "the gateway has dealt with every delivery");

        var stored = await Network.QueryAsync(db => db.ReportFeedback.Where(f => f.ReportId == reportId).ToListAsync());
        var only = Assert.Single(stored);
        Assert.Equal((feedback.FeedbackId, FeedbackOutcome.Useful, "bank-alpha"), (only.Id, only.Outcome, only.BankOrganisationId));
    }

    [Fact]
    public async Task Figures_CountEachReportWithFeedbackOnceByItsLatestOutcome()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-figures");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var before = (await alpha.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/feedback", UriKind.Relative))).GetProperty("figures");
        var (first, firstReference) = await FileAsync(fiu, alpha);
        var (second, secondReference) = await FileAsync(fiu, alpha);
        var now = DateTimeOffset.UtcNow;
        var messages = new[]
        {
            Feedback(first, firstReference, FeedbackOutcome.LedToDissemination, givenAt: now.AddMinutes(-1)),
            Feedback(first, firstReference, FeedbackOutcome.Useful, givenAt: now.AddMinutes(-5)),
            Feedback(second, secondReference, FeedbackOutcome.NoFurtherAction, givenAt: now),
        };

        foreach (var message in messages)
        {
            await fiu.Bus.Publish(message);
        }

        // Note: all three stored first; two of them alone already satisfy the condition below, with the wrong latest outcome.
        var ids = messages.Select(m => m.FeedbackId).ToList();
        await Eventually.AssertAsync(async () => await Network.QueryAsync(db => db.ReportFeedback.CountAsync(f => ids.Contains(f.Id))) == 3, "the three feedback messages are stored");
        var after = await Eventually.GetAsync(() => alpha.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/feedback?outcome=Useful&pageSize=200", UriKind.Relative)),
            page => page.GetProperty("figures").GetProperty("withFeedback").GetInt32() == before.GetProperty("withFeedback").GetInt32() + 2
                && page.GetProperty("items").EnumerateArray().Any(f => f.GetProperty("concordReference").GetString() == firstReference),
            "all the feedback is in");
        int Delta(string figure) => after.GetProperty("figures").GetProperty(figure).GetInt32() - before.GetProperty(figure).GetInt32();
        Assert.Equal((2, 2, 0, 1, 1), (Delta("reportsFiled"), Delta("withFeedback"), Delta("useful"), Delta("ledToDissemination"), Delta("noFurtherAction")));
        Assert.All(after.GetProperty("items").EnumerateArray(), f => Assert.Equal("Useful", f.GetProperty("outcome").GetString()));
    }

    [Fact]
    public async Task Retention_WhenARequestOrFeedbackIsPastItsRetention_ItIsPurgedAndThePurgeAudited()
    {
        await using var fiu = await TestBus.StartAsync(Network.Broker.ConnectionString, "fiu-retention");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var (reportId, reference) = await FileAsync(fiu, alpha);
        var feedback = Feedback(reportId, reference, FeedbackOutcome.Useful);
        var request = Request("bank-alpha");
        await fiu.Bus.Publish(feedback);
        await fiu.Bus.Publish(request);
        await Eventually.AssertAsync(async () => await Network.QueryAsync(async db =>
            await db.ReportFeedback.AnyAsync(f => f.Id == feedback.FeedbackId) && await db.InboxRequests.AnyAsync(r => r.Id == request.RequestId)), "both are in");
        await Network.QueryAsync(async db =>
            await db.Database.ExecuteSqlAsync($"UPDATE report_feedback SET retain_until = now() - interval '1 day' WHERE id = {feedback.FeedbackId}")
            + await db.Database.ExecuteSqlAsync($"UPDATE information_requests SET retain_until = now() - interval '1 day' WHERE id = {request.RequestId}"));

        await using (var scope = Network.Gateway.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RetentionPurger<GatewayDbContext>>().PurgeDueAsync(CancellationToken.None);
        }

        Assert.False(await Network.QueryAsync(db => db.ReportFeedback.AnyAsync(f => f.Id == feedback.FeedbackId)));
        Assert.False(await Network.QueryAsync(db => db.InboxRequests.AnyAsync(r => r.Id == request.RequestId)));
        var purges = await Network.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Kind == AuditKind.Purge).Select(e => e.Subject).ToListAsync());
        Assert.Contains($"feedback:{feedback.FeedbackId}", purges);
        Assert.Contains($"information-request:{request.RequestReference}", purges);
        Assert.Equal(0, (await alpha.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/reports/{reference}", UriKind.Relative))).GetProperty("feedback").GetArrayLength());
    }

    private async Task<Metadata> HeadersAsync((string Id, string Secret, string Scope) demo) =>
        new() { { "Authorization", $"Bearer {await Network.Identity.GetTokenAsync(demo.Id, demo.Secret, demo.Scope)}" } };

    /// <summary>Files a report as the bank and waits until the gateway has published it: its id and Concord reference.</summary>
    private static async Task<(Guid ReportId, string ConcordReference)> FileAsync(TestBus fiu, HttpClient bank)
    {
        var report = SampleReports.Structuring("bank-alpha", $"FB-{Guid.NewGuid():N}"[..30]);
        using var response = await bank.PostAsync(new Uri("/api/v1/reports", UriKind.Relative),
            new StringContent(JsonSerializer.Serialize(report, ContractJson.Options), Encoding.UTF8, "application/json"));
        var reference = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("concordReference").GetString()!;
        var published = await fiu.WaitForAsync<SuspiciousActivityReported>(m => m.ConcordReference == reference, "the gateway published the filing");
        return (published.ReportId, reference);
    }
}
