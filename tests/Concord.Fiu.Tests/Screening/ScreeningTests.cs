using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Concord.Contracts.Filing;
using Concord.Contracts.Typologies;
using Concord.Fiu.Tests.Integration;
using Concord.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Concord.Fiu.Tests.Screening;

/// <summary>
/// Screening at the FIU over the real broker and database: the typology service's screening changes, intake screening
/// with hits, triage and <c>ReportScreened</c>, decisions and <c>ReportDecisionRecorded</c>, and the analysts' endpoints.
/// Each test's rules name its own bank reference, so the typologies of one test never fire on another's reports.
/// </summary>
public sealed class ScreeningTests(FiuHost host) : IClassFixture<FiuHost>
{
    private const string Structuring =
        "count(transactions where channel = \"Cash\" and direction = \"In\" and amount < 10000 within 7 days) >= 3";

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..30];

    private static TypologyScreeningChanged Change(Guid typologyId, string code, int version, params (string Code, string? Rule)[] indicators) => new()
    {
        TypologyId = typologyId,
        Code = code,
        Version = version,
        Withdrawn = false,
        Indicators = [.. indicators.Select(i => new TypologyIndicator { Code = i.Code, Description = $"Indicator {i.Code}", Kind = IndicatorKind.Transactional, Rule = i.Rule })],
        ChangedAt = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero).AddDays(version),
    };

    /// <summary>Publishes a change as the typology service would, and returns once the FIU has dealt with it.</summary>
    private async Task<Guid> ApplyAsync(TypologyScreeningChanged change, Guid? messageId = null, int deliveries = 1)
    {
        var id = messageId ?? Guid.NewGuid();
        await host.Bus.Bus.Publish(change, context => context.MessageId = id);
        await Eventually.AssertAsync(() => Task.FromResult(host.Intake.Completed(id) == deliveries), $"the FIU has dealt with change {change.Code} v{change.Version}");
        return id;
    }

    private async Task<SuspiciousActivityReported> FileAsync(string bankReference)
    {
        var message = Reports.Filed(SampleReports.Structuring(Reports.Bank, bankReference));
        await host.PublishAsync(message, Guid.NewGuid());
        await host.Bus.WaitForAsync<ReportAcknowledged>(a => a.ReportId == message.ReportId, "the report is acknowledged");
        return message;
    }

    private Task<List<Concord.Fiu.Screening.ReportTypologyHit>> HitsAsync(Guid reportId) =>
        host.QueryAsync(db => db.TypologyHits.AsNoTracking().Where(h => h.ReportId == reportId).OrderBy(h => h.IndicatorCode).ToListAsync());

    private Task<Concord.Fiu.Screening.ScreeningTypology?> RowAsync(Guid typologyId) =>
        host.QueryAsync(db => db.ScreeningTypologies.AsNoTracking().SingleOrDefaultAsync(t => t.TypologyId == typologyId));

    [Fact]
    public async Task Change_WhenAnOlderVersionArrivesAfterANewerOne_ChangesNothing()
    {
        var typologyId = Guid.NewGuid();
        await ApplyAsync(Change(typologyId, "T-2026-101", 2, ("STRUCT-2", "reportTypeCode = \"SAR\"")));
        var newer = await RowAsync(typologyId);

        await ApplyAsync(Change(typologyId, "T-2026-101", 1, ("STRUCT-1", "reportTypeCode = \"STR\"")));

        var row = await RowAsync(typologyId);
        Assert.Equal((2, newer!.Generation), (row!.Version, row.Generation));
        Assert.Contains("STRUCT-2", row.Indicators, StringComparison.Ordinal);
        Assert.DoesNotContain("STRUCT-1", row.Indicators, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Change_WhenDeliveredAgainOrReplayed_IsAppliedOnce()
    {
        var typologyId = Guid.NewGuid();
        var change = Change(typologyId, "T-2026-102", 1, ("MULE-1", "any(accounts where ageInDays < 30)"));
        var messageId = await ApplyAsync(change);
        var first = await RowAsync(typologyId);

        await ApplyAsync(change, messageId, deliveries: 2);
        await ApplyAsync(change);

        var row = await RowAsync(typologyId);
        Assert.Equal((1, first!.Generation, first.ReceivedAt), (row!.Version, row.Generation, row.ReceivedAt));
        Assert.Equal(1, await host.QueryAsync(db => db.Set<Concord.ServiceDefaults.Outbox.ProcessedMessage>().CountAsync(m => m.MessageId == messageId)));
    }

    [Fact]
    public async Task Intake_WhenAReportMatchesARule_StoresTheHitScoresItAndPublishesReportScreened()
    {
        var reference = Unique("MATCH");
        var typologyId = Guid.NewGuid();
        await ApplyAsync(Change(typologyId, "T-2026-014", 1,
            ("STRUCT-1", $"{Structuring} and bankReference = \"{reference}\""),
            ("GEO-1", $"any(transactions where counterparty.country in [\"MX\", \"CO\"]) and bankReference = \"{reference}\""),
            ("BEHAV-1", null)));

        var message = await FileAsync(reference);

        var hit = Assert.Single(await HitsAsync(message.ReportId));
        Assert.Equal((typologyId, "T-2026-014", 1, "STRUCT-1"), (hit.TypologyId, hit.Code, hit.Version, hit.IndicatorCode));
        var screened = await host.Bus.WaitForAsync<ReportScreened>(s => s.ReportId == message.ReportId, "the report's screening is published");
        Assert.Equal(["T-2026-014"], screened.CitedTypologyCodes);
        Assert.Equal((typologyId, "STRUCT-1", 1), (Assert.Single(screened.Hits).TypologyId, screened.Hits[0].IndicatorCode, screened.Hits[0].Version));
        Assert.Equal((message.ConcordReference, Reports.Bank), (screened.ConcordReference, screened.BankOrganisationId));

        using var http = host.ClientFor(FiuHost.OrganisationId);
        var hits = await http.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{message.ConcordReference}/typology-hits");
        Assert.Equal("STRUCT-1", Assert.Single(hits.GetProperty("hits").EnumerateArray().ToList()).GetProperty("indicatorCode").GetString());

        var item = await QueueItemAsync(http, message.ConcordReference);
        var factor = item.GetProperty("factors").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "matches-typology");
        Assert.Equal((15, "matches STRUCT-1 of T-2026-014 v1"), (factor.GetProperty("points").GetInt32(), factor.GetProperty("explanation").GetString()));
        // amount above GBP 10,000 (20), the cited typology (15), the matched one (15), two indicators (10).
        Assert.Equal(60, item.GetProperty("score").GetInt32());
        Assert.Equal("T-2026-014", Assert.Single(item.GetProperty("typologyHits").EnumerateArray().ToList()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Intake_WhenTheTypologyIsWithdrawn_NoLongerScreensWithIt()
    {
        var reference = Unique("WITHDRAWN");
        var typologyId = Guid.NewGuid();
        var published = Change(typologyId, "T-2026-103", 1, ("STRUCT-1", $"bankReference starts with \"{reference}\""));
        await ApplyAsync(published);
        var before = await FileAsync(reference + "-A");
        Assert.Single(await HitsAsync(before.ReportId));

        await ApplyAsync(published with { Withdrawn = true, Indicators = [], ChangedAt = published.ChangedAt.AddDays(3) });
        var after = await FileAsync(reference + "-B");

        Assert.Empty(await HitsAsync(after.ReportId));
        var screened = await host.Bus.WaitForAsync<ReportScreened>(s => s.ReportId == after.ReportId, "the report citing a typology is screened");
        Assert.Empty(screened.Hits);
        Assert.True((await RowAsync(typologyId))!.Withdrawn);
        using var http = host.ClientFor(FiuHost.OrganisationId);
        var typologies = await http.GetFromJsonAsync<JsonElement>("/api/v1/screening/typologies");
        Assert.DoesNotContain(typologies.EnumerateArray(), t => t.GetProperty("typologyId").GetGuid() == typologyId);
    }

    [Fact]
    public async Task Intake_WhenARuleDoesNotCompileAtTheFiu_SkipsItAndStillScreensWithTheOthers()
    {
        var reference = Unique("BROKEN");
        var typologyId = Guid.NewGuid();
        await ApplyAsync(Change(typologyId, "T-2026-104", 1,
            ("BAD-1", "count(transactions where amount >) >= 3"),
            ("BAD-2", "cnt(transactions) > 1"),
            ("GOOD-1", $"bankReference = \"{reference}\" and indicatorCodes contains \"ML-STRUCT\"")));

        var message = await FileAsync(reference);

        Assert.Equal(["GOOD-1"], (await HitsAsync(message.ReportId)).Select(h => h.IndicatorCode));
        using var http = host.ClientFor(FiuHost.OrganisationId);
        var typologies = await http.GetFromJsonAsync<JsonElement>("/api/v1/screening/typologies");
        var typology = typologies.EnumerateArray().Single(t => t.GetProperty("typologyId").GetGuid() == typologyId);
        var indicators = typology.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("code").GetString()!);
        Assert.False(indicators["BAD-1"].GetProperty("screened").GetBoolean());
        var error = indicators["BAD-1"].GetProperty("ruleErrors")[0];
        Assert.Equal(("syntax", 33), (error.GetProperty("code").GetString(), error.GetProperty("offset").GetInt32()));
        Assert.Equal("unknown-function", indicators["BAD-2"].GetProperty("ruleErrors")[0].GetProperty("code").GetString());
        Assert.True(indicators["GOOD-1"].GetProperty("screened").GetBoolean());
        Assert.Equal((1, "2026-11-02T08:00:00+00:00"), (typology.GetProperty("version").GetInt32(), typology.GetProperty("since").GetString()));
    }

    [Fact]
    public async Task Decide_PublishesReportDecisionRecorded()
    {
        var message = await FileAsync(Unique("DECIDE"));
        using var http = host.ClientFor(FiuHost.OrganisationId);

        using var response = await http.PostAsync(
            $"/api/v1/reports/{message.ConcordReference}/decision",
            new StringContent("""{"decision":"Disseminate","reason":"Matches the structuring typology; to the task force."}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var recorded = await host.Bus.WaitForAsync<ReportDecisionRecorded>(d => d.ReportId == message.ReportId, "the decision is published");
        Assert.Equal(("Disseminate", message.ConcordReference, Reports.Bank), (recorded.Decision, recorded.ConcordReference, recorded.BankOrganisationId));
    }

    [Fact]
    public async Task Hits_OfAReportTheFiuMayNotSeeOrThatDoesNotExist_AreNotFound()
    {
        var message = await FileAsync(Unique("HIDDEN"));
        await host.QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE received_reports SET agreement_id = {Guid.NewGuid()} WHERE id = {message.ReportId}"));
        using var http = host.ClientFor(FiuHost.OrganisationId);

        using var hidden = await http.GetAsync($"/api/v1/reports/{message.ConcordReference}/typology-hits");
        using var missing = await http.GetAsync("/api/v1/reports/CR-2026-NOSUCHREPORT/typology-hits");
        using var otherOrganisation = host.ClientFor("bank-alpha", "Bank");
        using var forbidden = await otherOrganisation.GetAsync("/api/v1/screening/typologies");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (hidden.StatusCode, missing.StatusCode));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    private static async Task<JsonElement> QueueItemAsync(HttpClient http, string reference)
    {
        for (var page = 1; ; page++)
        {
            var queue = await http.GetFromJsonAsync<JsonElement>($"/api/v1/triage?pageSize=200&page={page}");
            var items = queue.GetProperty("items").EnumerateArray().ToList();
            if (items.FirstOrDefault(i => i.GetProperty("concordReference").GetString() == reference) is { ValueKind: JsonValueKind.Object } found)
            {
                return found;
            }

            Assert.True(items.Count == 200, $"{reference} is not in the triage queue");
        }
    }
}
