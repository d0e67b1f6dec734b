using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Contracts.Agreements;
using Concord.Contracts.Feedback;
using Concord.Contracts.Filing;
using Concord.Contracts.Sharing;
using Concord.Fiu.Domain;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.ServiceDefaults.Messaging;
using Concord.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Concord.Fiu.Tests.Integration;

/// <summary>The analysts tell the filing bank what became of its report, under the report's statutory agreement, and count it per bank.</summary>
public sealed class FeedbackTests(FiuHost host) : IClassFixture<FiuHost>
{
    [Fact]
    public async Task Give_OnAnAcknowledgedReport_SendsItToTheFilingBankUnderTheStatutoryAgreement()
    {
        var (message, ack) = await AcknowledgedAsync();
        using var analyst = host.ClientFor(FiuHost.OrganisationId);

        using var response = await GiveAsync(analyst, ack.FiuReference, "LedToDissemination", "Disseminated to the police economic crime unit.");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var given = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("LedToDissemination", message.ConcordReference, "bank-alpha"), (given.GetProperty("outcome").GetString(), given.GetProperty("concordReference").GetString(), given.GetProperty("bank").GetString()));
        var sent = await host.Bus.WaitForAsync<ReportFeedbackGiven>(f => f.ReportId == message.ReportId, "the feedback is sent");
        Assert.Equal((FeedbackOutcome.LedToDissemination, "Disseminated to the police economic crime unit.", ack.FiuReference, "fiu-gb"), (sent.Outcome, sent.Comment, sent.FiuReference, sent.GivenBy));
        var envelope = Assert.IsType<SharingEnvelope>(sent.Envelope);
        Assert.Equal((DemoAgreements.StatutoryId("bank-alpha"), Purpose.Feedback, "fiu-gb"), (envelope.AgreementId, envelope.Purpose, envelope.Sender));
        Assert.Equal(["bank-alpha"], envelope.Recipients);
        Assert.Equal([DataCategory.Outcome], envelope.DataCategories);
        Assert.Equal((Tlp.Amber, OnwardSharingRule.Prohibited), (envelope.Handling.Marking, envelope.Handling.OnwardSharing));
        Assert.Equal([message.ConcordReference], envelope.Lineage);
        var audited = await host.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Subject == $"report:{message.ConcordReference}" && e.Action.StartsWith("give feedback")));
        Assert.Equal((AuditKind.Dissemination, AuditOutcome.Permitted), (audited.Kind, audited.Outcome));
    }

    [Fact]
    public async Task Give_TheSameFeedbackAgain_ReturnsTheFirst_AndANewOutcomeIsAddedAfterIt()
    {
        var (message, _) = await AcknowledgedAsync();
        using var analyst = host.ClientFor(FiuHost.OrganisationId);

        using var first = await GiveAsync(analyst, message.ConcordReference, "Useful", "Helped link two cases.");
        using var repeat = await GiveAsync(analyst, message.ConcordReference, "Useful", "Helped link two cases.");
        using var later = await GiveAsync(analyst, message.ConcordReference, "NoFurtherAction", null);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Created), (first.StatusCode, repeat.StatusCode, later.StatusCode));
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("feedbackId").GetGuid();
        Assert.Equal(firstId, (await repeat.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("feedbackId").GetGuid());
        var listed = await analyst.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/reports/{message.ConcordReference}/feedback", UriKind.Relative));
        Assert.Equal(["Useful", "NoFurtherAction"], listed.EnumerateArray().Select(f => f.GetProperty("outcome").GetString()));
        await host.SettleAsync();
        Assert.Equal(2, host.Bus.Received<ReportFeedbackGiven>().Count(f => f.ReportId == message.ReportId));
    }

    [Fact]
    public async Task Give_OnARejectedReport_Returns409_AndOnAnUnknownOrHiddenReport404_StoringNothing()
    {
        var rejected = Reports.Filed();
        rejected = rejected with { Report = rejected.Report with { IndicatorCodes = [] } };
        await host.PublishAsync(rejected, Guid.NewGuid());
        await host.Bus.WaitForAsync<ReportRejected>(r => r.ReportId == rejected.ReportId, "the report is rejected");
        var hidden = await SeedAsync($"bank-{Guid.NewGuid():N}", 1, acknowledged: true, agreementId: Guid.NewGuid());
        using var analyst = host.ClientFor(FiuHost.OrganisationId);

        using var onRejected = await GiveAsync(analyst, rejected.ConcordReference, "Useful", null);
        using var onUnknown = await GiveAsync(analyst, "CR-2026-0000000000", "Useful", null);
        using var onHidden = await GiveAsync(analyst, hidden[0].ConcordReference, "Useful", null);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (onRejected.StatusCode, onUnknown.StatusCode, onHidden.StatusCode));
        Assert.Equal(await WithoutTraceAsync(onUnknown, "CR-2026-0000000000"), await WithoutTraceAsync(onHidden, hidden[0].ConcordReference));
        Assert.Equal(0, await host.QueryAsync(db => db.ReportFeedback.CountAsync(f => f.ReportId == rejected.ReportId || f.ReportId == hidden[0].Id)));
    }

    [Theory]
    [InlineData("""{}""", "outcome", "Required")]
    [InlineData("""{"outcome":"Maybe"}""", "outcome", "MalformedJson")]
    [InlineData("""{"outcome":2}""", "outcome", "MalformedJson")]
    [InlineData("""{"outcome":"Useful","score":5}""", "score", "MalformedJson")]
    public async Task Give_WhenTheBodyIsNotValid_Returns400NamingTheFieldAndStoresNothing(string body, string path, string code)
    {
        var (message, _) = await AcknowledgedAsync();
        using var analyst = host.ClientFor(FiuHost.OrganisationId);

        using var response = await analyst.PostAsync(new Uri($"/api/v1/reports/{message.ConcordReference}/feedback", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldErrors").EnumerateArray());
        Assert.Equal((path, code), (error.GetProperty("path").GetString(), error.GetProperty("code").GetString()));
        Assert.Equal(0, await host.QueryAsync(db => db.ReportFeedback.CountAsync(f => f.ReportId == message.ReportId)));
    }

    [Fact]
    public async Task Give_WithACommentTooLong_Returns400()
    {
        var (message, _) = await AcknowledgedAsync();
        using var analyst = host.ClientFor(FiuHost.OrganisationId);

        using var response = await GiveAsync(analyst, message.ConcordReference, "Useful", new string('x', 2001));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("TooLong", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldErrors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Give_WhenTheAgreementHasNoFeedbackFlow_Returns403AndStoresNothing()
    {
        var (message, _) = await AcknowledgedAsync();
        using var analyst = host.ClientFor(FiuHost.OrganisationId);
        var replica = host.Services.GetRequiredService<AgreementReplicaHolder>();
        var statutory = DemoAgreements.Statutory("bank-alpha");
        replica.Update(current => current.With(statutory with { Revision = 2, Flows = [statutory.Flows[0]] }, DateTimeOffset.UtcNow));
        try
        {
            using var response = await GiveAsync(analyst, message.ConcordReference, "Useful", null);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("https://concord.dev/problems/no-legal-basis", problem.GetProperty("type").GetString());
            Assert.Equal("no-flow", problem.GetProperty("fieldErrors")[0].GetProperty("code").GetString());
            Assert.Equal(0, await host.QueryAsync(db => db.ReportFeedback.CountAsync(f => f.ReportId == message.ReportId)));
        }
        finally
        {
            replica.Update(current => current.With(statutory with { Revision = 3 }, DateTimeOffset.UtcNow));
        }
    }

    [Fact]
    public async Task Figures_CountPerBankTheReportsReceivedAndTheLatestOutcomeOfEach_OnlyAmongReportsTheFiuMayRead()
    {
        var bank = $"bank-{Guid.NewGuid():N}";
        var acknowledged = await SeedAsync(bank, 3, acknowledged: true);
        await SeedAsync(bank, 2, acknowledged: false);
        await SeedAsync(bank, 1, acknowledged: true, agreementId: Guid.NewGuid());
        await SeedAsync(bank, 1, acknowledged: true, receivedAt: Window.AddDays(-10));
        using var analyst = host.ClientFor(FiuHost.OrganisationId);
        foreach (var (reference, outcome) in new[] { (0, "Useful"), (0, "LedToDissemination"), (1, "NoFurtherAction") })
        {
            using var given = await GiveAsync(analyst, acknowledged[reference].ConcordReference, outcome, null);
            Assert.Equal(HttpStatusCode.Created, given.StatusCode);
        }

        var figures = await analyst.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/feedback/figures?from={Window:yyyy-MM-dd}&to={Window.AddDays(1):yyyy-MM-dd}", UriKind.Relative));

        var row = figures.GetProperty("banks").EnumerateArray().Single(b => b.GetProperty("bank").GetString() == bank);
        int Figure(string name) => row.GetProperty(name).GetInt32();
        Assert.Equal((5, 3, 2), (Figure("reportsReceived"), Figure("acknowledged"), Figure("rejected")));
        Assert.Equal((2, 1), (Figure("withFeedback"), Figure("awaitingFeedback")));
        Assert.Equal((0, 1, 1), (Figure("useful"), Figure("ledToDissemination"), Figure("noFurtherAction")));
    }

    [Theory]
    [InlineData("from=yesterday", "from")]
    [InlineData("from=2026-11-02&to=2026-11-01", "to")]
    public async Task Figures_WhenTheWindowIsNotValid_Returns400(string query, string path)
    {
        using var analyst = host.ClientFor(FiuHost.OrganisationId);

        using var response = await analyst.GetAsync(new Uri($"/api/v1/feedback/figures?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(path, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldErrors")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task Feedback_WhenTheCallerIsABank_Returns403()
    {
        using var bank = host.ClientFor("bank-alpha", "Bank");

        using var give = await GiveAsync(bank, "CR-2026-0000000000", "Useful", null);
        using var figures = await bank.GetAsync(new Uri("/api/v1/feedback/figures", UriKind.Relative));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (give.StatusCode, figures.StatusCode));
    }

    private static readonly DateTimeOffset Window = new(2026, 10, 5, 0, 0, 0, TimeSpan.Zero);

    private async Task<(SuspiciousActivityReported Message, ReportAcknowledged Acknowledgement)> AcknowledgedAsync()
    {
        var message = Reports.Filed();
        await host.PublishAsync(message, Guid.NewGuid());
        return (message, await host.Bus.WaitForAsync<ReportAcknowledged>(a => a.ReportId == message.ReportId, "the report is acknowledged"));
    }

    private static Task<HttpResponseMessage> GiveAsync(HttpClient analyst, string reference, string outcome, string? comment) =>
        analyst.PostAsync(new Uri($"/api/v1/reports/{reference}/feedback", UriKind.Relative),
            new StringContent(new JsonObject { ["outcome"] = outcome, ["comment"] = comment }.ToJsonString(), Encoding.UTF8, "application/json"));

    private static async Task<string> WithoutTraceAsync(HttpResponseMessage response, string reference)
    {
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        problem.Remove("traceId");
        return problem.ToJsonString().Replace(reference, "REF", StringComparison.Ordinal);
    }

    /// <summary>Stores reports directly, received inside the figures' window unless told otherwise.</summary>
    private async Task<List<ReceivedReport>> SeedAsync(string bank, int count, bool acknowledged, Guid? agreementId = null, DateTimeOffset? receivedAt = null)
    {
        // Note: received under Alpha's statutory agreement unless told otherwise; the bank id only keeps tests apart.
        var envelope = DemoAgreements.FilingEnvelope("bank-alpha") with { AgreementId = agreementId ?? DemoAgreements.StatutoryId("bank-alpha") };
        var reports = Enumerable.Range(0, count).Select(i =>
        {
            var message = Reports.Filed(bank: bank);
            return new ReceivedReport
            {
                Id = message.ReportId,
                ConcordReference = message.ConcordReference,
                BankOrganisationId = bank,
                BankReference = message.Report.BankReference,
                ReportTypeCode = message.Report.ReportTypeCode,
                FiledAt = message.FiledAt,
                ReceivedAt = (receivedAt ?? Window).AddMinutes(i),
                Status = acknowledged ? ReceivedReportStatus.Acknowledged : ReceivedReportStatus.Rejected,
                FiuReference = acknowledged ? FiuReference.New(Window) : null,
                RejectionReasons = acknowledged ? null : "[]",
                Report = JsonSerializer.Serialize(message.Report, ContractJson.Options),
                AgreementId = envelope.AgreementId,
                AgreementVersion = 1,
                LegalGateway = envelope.LegalGateway,
                RetainUntil = envelope.RetainUntil,
                Envelope = JsonSerializer.Serialize(envelope, ContractJson.Options),
            };
        }).ToList();
        await host.QueryAsync(async db =>
        {
            db.Reports.AddRange(reports);
            return await db.SaveChangesAsync();
        });
        return reports;
    }
}
