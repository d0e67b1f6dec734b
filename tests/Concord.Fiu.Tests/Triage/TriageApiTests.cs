using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.Contracts.Filing;
using Concord.Fiu.Tests.Integration;
using Concord.LegalBasis.Audit;
using Concord.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Concord.Fiu.Tests.Triage;

/// <summary>The triage queue and the analysts' actions, over the real broker and database, under the read filter.</summary>
public sealed class TriageApiTests(FiuHost host) : IClassFixture<FiuHost>
{
    private async Task<SuspiciousActivityReported> AcknowledgedAsync(SuspiciousActivityReport? report = null)
    {
        var message = Reports.Filed(report);
        await host.PublishAsync(message, Guid.NewGuid());
        await host.Bus.WaitForAsync<ReportAcknowledged>(a => a.ReportId == message.ReportId, "the report is acknowledged");
        return message;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> QueueItemAsync(HttpClient http, string reference, string query = "")
    {
        // Note: other tests of the class add reports too; page through the whole queue.
        for (var page = 1; ; page++)
        {
            var queue = await http.GetFromJsonAsync<JsonElement>($"/api/v1/triage?pageSize=200&page={page}{query}");
            var items = queue.GetProperty("items").EnumerateArray().ToList();
            if (items.FirstOrDefault(i => i.GetProperty("concordReference").GetString() == reference) is { ValueKind: JsonValueKind.Object } found)
            {
                return found;
            }

            if (items.Count < 200)
            {
                return default;
            }
        }
    }

    [Fact]
    public async Task Queue_ShowsAnAcknowledgedReportWithItsScoreAndWhy()
    {
        var message = await AcknowledgedAsync();
        using var http = host.ClientFor(FiuHost.OrganisationId);

        var item = await QueueItemAsync(http, message.ConcordReference);

        Assert.Equal(45, item.GetProperty("score").GetInt32());
        Assert.Equal(
            ["amount-above-threshold", "cites-typology", "indicator", "indicator"],
            item.GetProperty("factors").EnumerateArray().Select(f => f.GetProperty("code").GetString()));
        Assert.Equal("cites typology T-2026-014", item.GetProperty("factors")[1].GetProperty("explanation").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("decision").ValueKind);
    }

    [Fact]
    public async Task Queue_IsOrderedByScoreThenAge()
    {
        var low = await AcknowledgedAsync(SampleReports.Structuring("bank-alpha", $"LOW-{Guid.NewGuid():N}"[..30]) with { TypologyCodes = [] });
        var high = await AcknowledgedAsync();
        using var http = host.ClientFor(FiuHost.OrganisationId);

        var queue = await http.GetFromJsonAsync<JsonElement>("/api/v1/triage?pageSize=200");
        var items = queue.GetProperty("items").EnumerateArray().ToList();
        var scores = items.Select(i => i.GetProperty("score").GetInt32()).ToList();

        Assert.Equal(scores.OrderByDescending(s => s), scores);
        var references = items.Select(i => i.GetProperty("concordReference").GetString()).ToList();
        Assert.True(references.IndexOf(high.ConcordReference) < references.IndexOf(low.ConcordReference));
    }

    [Fact]
    public async Task Queue_WhenAnotherBankReportsASharedAccount_BothReportsRiseAndSayWhy()
    {
        // Note: identifiers of their own, so that no other report of this class links to these two.
        static SuspiciousActivityReport Sharing(string bank) => SampleReports.Structuring(bank, $"SHARED-{Guid.NewGuid():N}"[..30]) with
        {
            Subjects = [new Subject { LocalId = "S1", Kind = SubjectKind.LegalEntity, LegalEntity = new LegalEntityDetails { Name = $"Holder {bank}" } }],
            Accounts = [new Account { LocalId = "A1", Iban = "DE89370400440532013000", InstitutionName = "Commerzbank AG", HolderSubjectIds = ["S1"] }],
            Transactions = [.. SampleReports.Structuring(bank, "x").Transactions.Take(3).Select(t => t with { AccountId = "A1", Counterparty = null })],
        };
        var alpha = await AcknowledgedAsync(Sharing("bank-alpha"));
        var beta = Reports.Filed(Sharing("bank-beta"), "bank-beta");
        await host.PublishAsync(beta, Guid.NewGuid());
        await host.Bus.WaitForAsync<ReportAcknowledged>(a => a.ReportId == beta.ReportId, "the second bank's report is acknowledged");
        using var http = host.ClientFor(FiuHost.OrganisationId);

        var first = await QueueItemAsync(http, alpha.ConcordReference);
        var second = await QueueItemAsync(http, beta.ConcordReference);

        foreach (var item in new[] { first, second })
        {
            var factor = item.GetProperty("factors")[0];
            Assert.Equal(("multiple-banks", 25, "subject reported by 2 banks in 30 days"),
                (factor.GetProperty("code").GetString(), factor.GetProperty("points").GetInt32(), factor.GetProperty("explanation").GetString()));
        }

        // amount above GBP 10,000 (20), the cited typology (15), two indicators (10), and the other bank (25).
        Assert.Equal((70, 70), (first.GetProperty("score").GetInt32(), second.GetProperty("score").GetInt32()));
    }

    [Fact]
    public async Task Queue_WhenTheOtherBanksReportIsOneTheFiuMayNotSee_DoesNotCountIt()
    {
        static SuspiciousActivityReport Sharing(string bank) => SampleReports.Structuring(bank, $"HIDDEN-{Guid.NewGuid():N}"[..30]) with
        {
            Subjects = [new Subject { LocalId = "S1", Kind = SubjectKind.LegalEntity, LegalEntity = new LegalEntityDetails { Name = $"Other holder {bank}" } }],
            Accounts = [new Account { LocalId = "A1", Iban = "FR1420041010050500013M02606", InstitutionName = "La Banque Postale", HolderSubjectIds = ["S1"] }],
            Transactions = [.. SampleReports.Structuring(bank, "x").Transactions.Take(3).Select(t => t with { AccountId = "A1", Counterparty = null })],
        };
        var hidden = await AcknowledgedAsync(Sharing("bank-alpha"));
        // Note: as if its agreement were not one the FIU may read under now.
        await host.QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE received_reports SET agreement_id = {Guid.NewGuid()} WHERE id = {hidden.ReportId}"));
        var beta = Reports.Filed(Sharing("bank-beta"), "bank-beta");
        await host.PublishAsync(beta, Guid.NewGuid());
        await host.Bus.WaitForAsync<ReportAcknowledged>(a => a.ReportId == beta.ReportId, "the second bank's report is acknowledged");
        using var http = host.ClientFor(FiuHost.OrganisationId);

        var item = await QueueItemAsync(http, beta.ConcordReference);

        // Note: the two are linked (the FIU keeps the link); the score just does not count what the FIU may not see.
        Assert.True(await host.QueryAsync(db => db.Set<Concord.Fiu.Matching.ReportLink>().AnyAsync(l => l.ReportId == beta.ReportId && l.LinkedReportId == hidden.ReportId)));
        Assert.DoesNotContain(item.GetProperty("factors").EnumerateArray(), f => f.GetProperty("code").GetString() == "multiple-banks");
        Assert.Equal(45, item.GetProperty("score").GetInt32());
    }

    [Fact]
    public async Task AssignDecideAndNote_AreShownAndEachIsAudited()
    {
        var message = await AcknowledgedAsync();
        using var http = host.ClientFor(FiuHost.OrganisationId);
        var reference = message.ConcordReference;

        using var assigned = await http.PutAsync($"/api/v1/reports/{reference}/assignment", Json("""{"assignedTo":"analyst.jones"}"""));
        var mine = await QueueItemAsync(http, reference, "&assignedTo=analyst.jones");
        using var decided = await http.PostAsync($"/api/v1/reports/{reference}/decision", Json("""{"decision":"Analyse","reason":"Three structured deposits, then a wire to a new company."}"""));
        using var noted = await http.PostAsync($"/api/v1/reports/{reference}/notes", Json("""{"text":"Northgate Trading Ltd was incorporated four months before the first deposit."}"""));
        var notes = await http.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{reference}/notes");

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.Created), (assigned.StatusCode, decided.StatusCode, noted.StatusCode));
        Assert.Equal("analyst.jones", mine.GetProperty("assignedTo").GetString());
        Assert.Equal(JsonValueKind.Undefined, (await QueueItemAsync(http, reference)).ValueKind);
        var done = await QueueItemAsync(http, reference, "&decided=true");
        Assert.Equal(("Analyse", "Three structured deposits, then a wire to a new company.", $"{FiuHost.OrganisationId}/"),
            (done.GetProperty("decision").GetString(), done.GetProperty("decisionReason").GetString(), done.GetProperty("decidedBy").GetString()![..(FiuHost.OrganisationId.Length + 1)]));
        var note = Assert.Single(notes.EnumerateArray());
        Assert.Equal("Northgate Trading Ltd was incorporated four months before the first deposit.", note.GetProperty("text").GetString());
        var actions = await host.QueryAsync(db => db.Set<AuditEntry>()
            .Where(e => e.Kind == AuditKind.Analysis && e.Subject == $"report:{reference}").OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
        Assert.Equal(["assign report to analyst.jones", "decide Analyse", "write note"], actions);
    }

    [Fact]
    public async Task Decide_ASecondTime_ReplacesTheDecisionAndKeepsTheFirstInTheChain()
    {
        var message = await AcknowledgedAsync();
        using var http = host.ClientFor(FiuHost.OrganisationId);
        var reference = message.ConcordReference;

        using var first = await http.PostAsync($"/api/v1/reports/{reference}/decision", Json("""{"decision":"Analyse","reason":"Worth a look."}"""));
        using var second = await http.PostAsync($"/api/v1/reports/{reference}/decision", Json("""{"decision":"Disseminate","reason":"Linked to an open police operation."}"""));

        var item = await QueueItemAsync(http, reference, "&decided=true");
        Assert.Equal("Disseminate", item.GetProperty("decision").GetString());
        var details = await host.QueryAsync(db => db.Set<AuditEntry>()
            .Where(e => e.Kind == AuditKind.Analysis && e.Subject == $"report:{reference}").OrderBy(e => e.Sequence).Select(e => e.Details).ToListAsync());
        Assert.Contains("Worth a look.", details[0], StringComparison.Ordinal);
        Assert.Contains("\"previous\":\"Analyse\"", details[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("assignment", "PUT", """{"assignedTo":"Analyst Jones"}""", "assignedTo")]
    [InlineData("assignment", "PUT", """{}""", "assignedTo")]
    [InlineData("decision", "POST", """{"reason":"no decision"}""", "decision")]
    [InlineData("decision", "POST", """{"decision":"Analyse","reason":"   "}""", "reason")]
    [InlineData("decision", "POST", """{"decision":"Escalate","reason":"unknown decision"}""", "decision")]
    [InlineData("notes", "POST", """{"text":""}""", "text")]
    public async Task Actions_WithBadInput_Return400WithTheFieldAndStoreNothing(string action, string method, string body, string field)
    {
        var message = await AcknowledgedAsync();
        using var http = host.ClientFor(FiuHost.OrganisationId);
        using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/v1/reports/{message.ConcordReference}/{action}") { Content = Json(body) };

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(problem.GetProperty("fieldErrors").EnumerateArray(), e => e.GetProperty("path").GetString() == field);
        var stored = await host.QueryAsync(db => db.Reports.SingleAsync(r => r.Id == message.ReportId));
        Assert.Equal((null, null), (stored.AssignedTo, stored.Decision));
        Assert.Equal(0, await host.QueryAsync(db => db.Notes.CountAsync(n => n.ReportId == message.ReportId)));
        Assert.False(await host.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Kind == AuditKind.Analysis && e.Subject == $"report:{message.ConcordReference}")));
    }

    [Fact]
    public async Task Note_WhenTooLong_Returns400()
    {
        var message = await AcknowledgedAsync();
        using var http = host.ClientFor(FiuHost.OrganisationId);

        using var response = await http.PostAsync($"/api/v1/reports/{message.ConcordReference}/notes", Json(JsonSerializer.Serialize(new { text = new string('x', 20_001) })));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("TooLong", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actions_OnAReportTheFiuMayNotSeeNow_AnswerAsForAMissingOne()
    {
        var hidden = await AcknowledgedAsync();
        // Note: as if its agreement were not one the FIU may read under now.
        await host.QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE received_reports SET agreement_id = {Guid.NewGuid()} WHERE id = {hidden.ReportId}"));
        using var http = host.ClientFor(FiuHost.OrganisationId);

        using var assign = await http.PutAsync($"/api/v1/reports/{hidden.ConcordReference}/assignment", Json("""{"assignedTo":"analyst.jones"}"""));
        using var notes = await http.GetAsync(new Uri($"/api/v1/reports/{hidden.ConcordReference}/notes", UriKind.Relative));
        using var missing = await http.PutAsync("/api/v1/reports/CR-2026-0000000000/assignment", Json("""{"assignedTo":"analyst.jones"}"""));
        var inQueue = await QueueItemAsync(http, hidden.ConcordReference);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (assign.StatusCode, notes.StatusCode, missing.StatusCode));
        Assert.Equal(
            (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(),
            (await assign.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Undefined, inQueue.ValueKind);
        Assert.Null(await host.QueryAsync(db => db.Reports.Where(r => r.Id == hidden.ReportId).Select(r => r.AssignedTo).SingleAsync()));
    }

    [Fact]
    public async Task Actions_OnARejectedReport_Return409()
    {
        var message = Reports.Filed();
        message = message with { Report = message.Report with { IndicatorCodes = [] } };
        await host.PublishAsync(message, Guid.NewGuid());
        await host.Bus.WaitForAsync<ReportRejected>(r => r.ReportId == message.ReportId, "the report is rejected");
        using var http = host.ClientFor(FiuHost.OrganisationId);

        using var response = await http.PostAsync($"/api/v1/reports/{message.ConcordReference}/decision", Json("""{"decision":"Analyse","reason":"x"}"""));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Theory]
    [InlineData("fiu-nl", "Fiu")]
    [InlineData(Reports.Bank, "Bank")]
    public async Task Triage_WhenCallerIsNotThisFiu_Returns403(string organisationId, string kind)
    {
        var message = await AcknowledgedAsync();
        using var http = host.ClientFor(organisationId, kind);

        using var queue = await http.GetAsync(new Uri("/api/v1/triage", UriKind.Relative));
        using var decide = await http.PostAsync($"/api/v1/reports/{message.ConcordReference}/decision", Json("""{"decision":"Analyse","reason":"x"}"""));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (queue.StatusCode, decide.StatusCode));
    }
}
