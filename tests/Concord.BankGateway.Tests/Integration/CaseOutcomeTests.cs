using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.BankGateway.Persistence;
using Concord.Contracts.Feedback;
using Concord.Contracts.Filing;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Retention;
using Concord.ServiceDefaults.Messaging;
using Concord.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Concord.BankGateway.Tests.Integration.CaseMessages;

namespace Concord.BankGateway.Tests.Integration;

/// <summary>A closed case's outcome reaches the bank it was told to, once, and is shown with the reports of that bank it names, to it alone.</summary>
public sealed class CaseOutcomeTests(CaseGateway fixture) : IClassFixture<CaseGateway>
{
    private GatewayNetwork Network => fixture.Network;

    [Fact]
    public async Task Outcome_WhenDeliveredTwice_IsStoredOnce_ShownWithTheReportItsFeedbackAndTheList_AndNotToAnotherBank()
    {
        await using var bus = await TestBus.StartAsync(Network.Broker.ConnectionString, "police-outcomes-twice");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        using var beta = await Network.ClientForAsync(DemoClients.BankBeta);
        var (reportId, reference) = await FileAsync(bus, alpha, "bank-alpha");
        var feedback = InboxMessages.Feedback(reportId, reference, FeedbackOutcome.LedToDissemination);
        await bus.Bus.Publish(feedback);
        var outcome = Outcome("bank-alpha", (reportId, reference, "bank-alpha"));
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());

        await bus.Bus.Publish(outcome, c => c.MessageId = first);
        await bus.Bus.Publish(outcome, c => c.MessageId = first);
        await bus.Bus.Publish(outcome, c => c.MessageId = second);
        await Eventually.AssertAsync(() => Task.FromResult(Network.Decisions.Completed(first) == 2 && Network.Decisions.Completed(second) == 1), "the gateway has dealt with every delivery");

        Assert.Equal(1, await Network.QueryAsync(db => db.CaseOutcomes.CountAsync(o => o.Id == outcome.OutcomeId)));
        var status = await alpha.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/reports/{reference}", UriKind.Relative));
        var shown = Assert.Single(status.GetProperty("caseOutcomes").EnumerateArray());
        Assert.Equal((outcome.CaseReference, "Convicted", outcome.Summary, CaseAgreements.Police), (shown.GetProperty("caseReference").GetString(),
            shown.GetProperty("outcome").GetString(), shown.GetProperty("summary").GetString(), shown.GetProperty("reportedBy").GetString()));
        Assert.Equal(["Opened", "Charged", "Closed"], shown.GetProperty("milestones").EnumerateArray().Select(m => m.GetProperty("milestone").GetString()));
        Assert.Equal([reference], shown.GetProperty("reports").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(outcome.ClosedAt, shown.GetProperty("closedAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        var page = await alpha.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/reports?bankReference={status.GetProperty("bankReference").GetString()}", UriKind.Relative));
        Assert.Equal(1, page.GetProperty("items")[0].GetProperty("caseOutcomes").GetArrayLength());
        var listed = await alpha.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/case-outcomes?pageSize=200", UriKind.Relative));
        Assert.Single(listed.GetProperty("items").EnumerateArray(), o => o.GetProperty("caseReference").GetString() == outcome.CaseReference);
        var withFeedback = await Eventually.GetAsync(() => alpha.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/feedback?pageSize=200", UriKind.Relative)),
            f => f.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("concordReference").GetString() == reference), "the feedback is in");
        var entry = withFeedback.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("concordReference").GetString() == reference);
        Assert.Equal(outcome.CaseReference, Assert.Single(entry.GetProperty("caseOutcomes").EnumerateArray()).GetProperty("caseReference").GetString());
        Assert.True(await Network.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Kind == AuditKind.Read && e.Subject == $"case-outcome:{outcome.OutcomeId}")));

        var betaList = await beta.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/case-outcomes?pageSize=200", UriKind.Relative));
        using var betaReport = await beta.GetAsync(new Uri($"/api/v1/reports/{reference}", UriKind.Relative));
        Assert.DoesNotContain(betaList.GetProperty("items").EnumerateArray(), o => o.GetProperty("caseReference").GetString() == outcome.CaseReference);
        Assert.Equal(HttpStatusCode.NotFound, betaReport.StatusCode);
    }

    [Fact]
    public async Task Outcome_ToOneBankNamingAnotherBanksReport_LinksNothingOfTheOther_AndAMisaddressedOneIsNotStored()
    {
        await using var bus = await TestBus.StartAsync(Network.Broker.ConnectionString, "police-outcomes-foreign");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        using var beta = await Network.ClientForAsync(DemoClients.BankBeta);
        var (alphaReport, alphaReference) = await FileAsync(bus, alpha, "bank-alpha");
        var (betaReport, betaReference) = await FileAsync(bus, beta, "bank-beta");
        // Note: told to bank-beta, naming its own report and (wrongly) bank-alpha's, once as bank-beta's.
        var toBeta = Outcome("bank-beta", (betaReport, betaReference, "bank-beta"), (alphaReport, alphaReference, "bank-alpha"), (alphaReport, alphaReference, "bank-beta"));
        var misaddressed = Outcome("bank-alpha", (alphaReport, alphaReference, "bank-alpha")) with { Envelope = CaseAgreements.OutcomeEnvelope("bank-beta", "CASE-2026-MISADDRESS") };
        var (toBetaId, misaddressedId) = (Guid.NewGuid(), Guid.NewGuid());

        await bus.Bus.Publish(toBeta, c => c.MessageId = toBetaId);
        await bus.Bus.Publish(misaddressed, c => c.MessageId = misaddressedId);
        await Eventually.AssertAsync(() => Task.FromResult(Network.Decisions.Completed(toBetaId) == 1 && Network.Decisions.Completed(misaddressedId) == 1), "the gateway has dealt with both");

        var betaStatus = await beta.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/reports/{betaReference}", UriKind.Relative));
        Assert.Equal([betaReference], Assert.Single(betaStatus.GetProperty("caseOutcomes").EnumerateArray()).GetProperty("reports").EnumerateArray().Select(r => r.GetString()));
        var alphaStatus = await alpha.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/reports/{alphaReference}", UriKind.Relative));
        Assert.Equal(0, alphaStatus.GetProperty("caseOutcomes").GetArrayLength());
        var alphaList = await alpha.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/case-outcomes?pageSize=200", UriKind.Relative));
        Assert.DoesNotContain(alphaList.GetProperty("items").EnumerateArray(), o => o.GetProperty("caseReference").GetString() == toBeta.CaseReference);
        Assert.False(await Network.QueryAsync(db => db.CaseOutcomes.AnyAsync(o => o.Id == misaddressed.OutcomeId)));
    }

    [Fact]
    public async Task Retention_WhenAnOutcomeIsPastItsRetention_ItIsPurgedAndThePurgeAudited()
    {
        await using var bus = await TestBus.StartAsync(Network.Broker.ConnectionString, "police-outcomes-retention");
        using var alpha = await Network.ClientForAsync(DemoClients.BankAlpha);
        var (reportId, reference) = await FileAsync(bus, alpha, "bank-alpha");
        var outcome = Outcome("bank-alpha", (reportId, reference, "bank-alpha"));
        await bus.Bus.Publish(outcome);
        await Eventually.AssertAsync(() => Network.QueryAsync(db => db.CaseOutcomes.AnyAsync(o => o.Id == outcome.OutcomeId)), "the outcome is in");
        await Network.QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE case_outcomes SET retain_until = now() - interval '1 day' WHERE id = {outcome.OutcomeId}"));

        await using (var scope = Network.Gateway.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RetentionPurger<GatewayDbContext>>().PurgeDueAsync(CancellationToken.None);
        }

        Assert.False(await Network.QueryAsync(db => db.CaseOutcomes.AnyAsync(o => o.Id == outcome.OutcomeId)));
        Assert.True(await Network.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Kind == AuditKind.Purge && e.Subject == $"case-outcome:{outcome.OutcomeId}")));
        Assert.Equal(0, (await alpha.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/reports/{reference}", UriKind.Relative))).GetProperty("caseOutcomes").GetArrayLength());
    }

    /// <summary>Files a report as the bank and waits until the gateway has published it: its id and Concord reference.</summary>
    private static async Task<(Guid ReportId, string ConcordReference)> FileAsync(TestBus bus, HttpClient bank, string organisation)
    {
        var report = SampleReports.Structuring(organisation, $"CO-{Guid.NewGuid():N}"[..30]);
        using var response = await bank.PostAsync(new Uri("/api/v1/reports", UriKind.Relative),
            new StringContent(JsonSerializer.Serialize(report, ContractJson.Options), Encoding.UTF8, "application/json"));
        var reference = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("concordReference").GetString()!;
        var published = await bus.WaitForAsync<SuspiciousActivityReported>(m => m.ConcordReference == reference, "the gateway published the filing");
        return (published.ReportId, reference);
    }
}
