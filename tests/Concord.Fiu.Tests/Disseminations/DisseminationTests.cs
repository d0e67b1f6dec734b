using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Contracts.Sharing;
using Concord.Contracts.Typologies;
using Concord.Fiu.Tests.Integration;
using Concord.Fiu.Triage;
using Concord.LegalBasis.Audit;
using Concord.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Concord.Fiu.Tests.Disseminations;

/// <summary>
/// Analysts disseminate intelligence to a task force: under the agreement's basis or not at all, a body not valid
/// stores nothing, and what goes out carries the envelope the task force's side decides on.
/// </summary>
public sealed class DisseminationTests(TaskForceFiu fixture) : IClassFixture<TaskForceFiu>
{
    private FiuHost Host => fixture.Host;

    [Fact]
    public async Task Disseminate_ToThePolice_StoresItMarksTheReportsAndSendsItUnderAnInvestigationEnvelope()
    {
        var alpha = await fixture.FileAsync("bank-alpha");
        var beta = await fixture.FileAsync("bank-beta");
        using var analyst = Host.ClientFor(FiuHost.OrganisationId);

        var body = Body([alpha.ConcordReference, beta.ConcordReference]);
        body["sourceGrading"] = new JsonObject { ["reliability"] = "B", ["credibility"] = 2 };
        using var response = await analyst.PostAsync(Uri("/api/v1/disseminations"), Json(body));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var reference = created.GetProperty("reference").GetString()!;
        Assert.Matches("^DIS-\\d{4}-[0-9A-Z]{10}$", reference);
        Assert.Equal($"/api/v1/disseminations/{reference}", response.Headers.Location?.OriginalString);
        Assert.Equal([alpha.ConcordReference, beta.ConcordReference], created.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("concordReference").GetString()));
        Assert.Equal(("Amber", "WithOriginatorConsent"), (created.GetProperty("marking").GetString(), created.GetProperty("onwardSharing").GetString()));

        var sent = await Eventually.GetAsync(() => Task.FromResult(fixture.Disseminated.FirstOrDefault(d => d.DisseminationReference == reference)), d => d is not null, "the dissemination is published");
        var envelope = Assert.IsType<SharingEnvelope>(sent!.Envelope);
        Assert.Equal((TaskForce.Id, TaskForce.Gateway, Purpose.Investigation), (envelope.AgreementId, envelope.LegalGateway, envelope.Purpose));
        Assert.Equal([DataCategory.CaseIntelligence, DataCategory.Narrative], envelope.DataCategories);
        Assert.Equal((DemoAgreements.Fiu, DemoAgreements.Fiu), (envelope.Originator, envelope.Sender));
        Assert.Equal([TaskForce.Police], envelope.Recipients);
        Assert.Equal((Tlp.Amber, OnwardSharingRule.WithOriginatorConsent), (envelope.Handling.Marking, envelope.Handling.OnwardSharing));
        Assert.Equal((SourceReliability.B, InformationCredibility.ProbablyTrue), (envelope.SourceGrading!.Reliability, envelope.SourceGrading.Credibility));
        Assert.Equal([alpha.ConcordReference, beta.ConcordReference], envelope.Lineage);
        Assert.InRange(envelope.RetainUntil, DateTimeOffset.UtcNow.AddDays(2189), DateTimeOffset.UtcNow.AddDays(2190));
        Assert.Equal((TaskForce.Police, DemoAgreements.Fiu, "Structuring via mules"), (sent.RecipientOrganisationId, sent.DisseminatedBy, sent.Title));
        Assert.Equal([("bank-alpha", alpha.ReportId), ("bank-beta", beta.ReportId)], sent.Reports.Select(r => (r.BankOrganisationId, r.ReportId)));
        Assert.All(sent.Reports, r => Assert.NotNull(r.FiuReference));

        // Each report's triage decision says it was disseminated, and the typology figures hear of it.
        foreach (var filed in new[] { alpha, beta })
        {
            var report = await Host.QueryAsync(db => db.Reports.SingleAsync(r => r.Id == filed.ReportId));
            Assert.Equal(TriageDecision.Disseminate, report.Decision);
            Assert.Contains(reference, report.DecisionReason, StringComparison.Ordinal);
            await Host.Bus.WaitForAsync<ReportDecisionRecorded>(d => d.ReportId == filed.ReportId && d.Decision == "Disseminate", "the decision is published");
        }

        var audit = await Host.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Subject == $"dissemination:{reference}"));
        Assert.Equal((AuditKind.Dissemination, AuditOutcome.Permitted, TaskForce.Id), (audit.Kind, audit.Outcome, audit.AgreementId!.Value));
        Assert.Equal(($"disseminate intelligence for {TaskForce.Police}", "fiu-gb/fiu-gb-analyst"), (audit.Action, audit.Actor));
    }

    [Theory]
    [InlineData("recipient bank-beta: no investigation flow to a bank", "bank-beta", "Amber", "purpose-not-covered")]
    [InlineData("recipient outside the task force", "customs-x", "Amber", "recipient-not-party")]
    [InlineData("RED beyond the agreement", TaskForce.Police, "Red", "marking-exceeds-agreement")]
    public async Task Disseminate_WithoutABasis_Returns403WithTheReasonsAndStoresAndSendsNothing(string because, string recipient, string marking, string code)
    {
        var filed = await fixture.FileAsync("bank-alpha");
        using var analyst = Host.ClientFor(FiuHost.OrganisationId);
        var before = await CountsAsync();

        var body = Body([filed.ConcordReference], recipient);
        body["marking"] = marking;
        using var response = await analyst.PostAsync(Uri("/api/v1/disseminations"), Json(body));

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, because);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://concord.dev/problems/no-legal-basis", problem.GetProperty("type").GetString());
        var errors = problem.GetProperty("fieldErrors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("path").GetString() == "recipientOrganisationId" && e.GetProperty("code").GetString() == code);
        Assert.All(errors, e => Assert.Contains(recipient, e.GetProperty("message").GetString(), StringComparison.Ordinal));
        Assert.Equal(before, await CountsAsync());
        Assert.Null((await Host.QueryAsync(db => db.Reports.SingleAsync(r => r.Id == filed.ReportId))).Decision);
        await AssertNothingSentAsync(filed.ReportId);
        var refusal = await Host.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Action == $"disseminate intelligence for {recipient}" && e.Outcome == AuditOutcome.Denied).ToListAsync());
        Assert.Contains(refusal, e => e.Reasons.Split(',').Contains(code));
    }

    public static TheoryData<string, string, string> InvalidBodies() => new()
    {
        { "no agreement", "agreementCode", "Required" },
        { "unknown agreement", "agreementCode", "UnknownAgreement" },
        { "no recipient", "recipientOrganisationId", "Required" },
        { "no title", "title", "Required" },
        { "title too long", "title", "TooLong" },
        { "no analysis note", "analysisNote", "Required" },
        { "no reports", "reportReferences", "Required" },
        { "101 reports", "reportReferences", "TooMany" },
        { "a report twice", "reportReferences[1]", "Duplicate" },
        { "an unknown report", "reportReferences[1]", "UnknownReport" },
        { "credibility 7", "sourceGrading.credibility", "InvalidValue" },
        { "grading without reliability", "sourceGrading.reliability", "Required" },
        { "an unknown marking", "marking", "MalformedJson" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Disseminate_WhenInvalid_Returns400WithTheFieldErrorAndStoresNothing(string change, string path, string code)
    {
        var filed = await fixture.FileAsync("bank-alpha");
        using var analyst = Host.ClientFor(FiuHost.OrganisationId);
        var body = Body([filed.ConcordReference]);
        switch (change)
        {
            case "no agreement": body.Remove("agreementCode"); break;
            case "unknown agreement": body["agreementCode"] = "AGR-NOPE"; break;
            case "no recipient": body["recipientOrganisationId"] = " "; break;
            case "no title": body.Remove("title"); break;
            case "title too long": body["title"] = new string('t', 201); break;
            case "no analysis note": body["analysisNote"] = ""; break;
            case "no reports": body["reportReferences"] = new JsonArray(); break;
            case "101 reports": body["reportReferences"] = new JsonArray([.. Enumerable.Range(0, 101).Select(i => (JsonNode)$"CR-2026-{i:D10}")]); break;
            case "a report twice": body["reportReferences"] = new JsonArray(filed.ConcordReference, filed.ConcordReference); break;
            case "an unknown report": body["reportReferences"] = new JsonArray(filed.ConcordReference, "CR-2026-0000000000"); break;
            case "credibility 7": body["sourceGrading"] = new JsonObject { ["reliability"] = "A", ["credibility"] = 7 }; break;
            case "grading without reliability": body["sourceGrading"] = new JsonObject { ["credibility"] = 3 }; break;
            case "an unknown marking": body["marking"] = "Purple"; break;
        }

        var before = await CountsAsync();
        using var response = await analyst.PostAsync(Uri("/api/v1/disseminations"), Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(problem.GetProperty("fieldErrors").EnumerateArray(), e => e.GetProperty("path").GetString() == path && e.GetProperty("code").GetString() == code);
        Assert.True(problem.GetProperty("errors").TryGetProperty(path, out _), $"errors names {path}");
        Assert.Equal(before, await CountsAsync());
        Assert.Null((await Host.QueryAsync(db => db.Reports.SingleAsync(r => r.Id == filed.ReportId))).Decision);
        await AssertNothingSentAsync(filed.ReportId);
    }

    [Fact]
    public async Task Disseminate_AReportRejectedAtIntake_Returns400ReportNotAcknowledgedAndStoresNothing()
    {
        var rejected = Reports.Filed();
        rejected = rejected with { Report = rejected.Report with { ReportTypeCode = "XYZ" } };
        await Host.PublishAsync(rejected, Guid.NewGuid());
        await Host.Bus.WaitForAsync<Contracts.Filing.ReportRejected>(r => r.ReportId == rejected.ReportId, "the report is rejected");
        using var analyst = Host.ClientFor(FiuHost.OrganisationId);
        var before = await CountsAsync();

        using var response = await analyst.PostAsync(Uri("/api/v1/disseminations"), Json(Body([rejected.ConcordReference])));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldErrors").EnumerateArray());
        Assert.Equal(("reportReferences[0]", "ReportNotAcknowledged"), (error.GetProperty("path").GetString(), error.GetProperty("code").GetString()));
        Assert.Equal(before, await CountsAsync());
        await AssertNothingSentAsync(rejected.ReportId);
    }

    [Fact]
    public async Task List_NewestFirst_AndGet_ShowsTheReports_UnknownIs404()
    {
        var first = await fixture.FileAsync("bank-alpha");
        var second = await fixture.FileAsync("bank-beta");
        using var analyst = Host.ClientFor(FiuHost.OrganisationId);
        var older = await DisseminateAsync(analyst, [first.ConcordReference]);
        var newer = await DisseminateAsync(analyst, [second.ConcordReference, first.ConcordReference]);

        var page = await analyst.GetFromJsonAsync<JsonElement>(Uri("/api/v1/disseminations?pageSize=200"));
        var references = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()).ToList();
        Assert.True(references.IndexOf(newer) < references.IndexOf(older) && references.IndexOf(older) >= 0, "newest first");
        Assert.Equal(await Host.QueryAsync(db => db.Disseminations.CountAsync()), page.GetProperty("total").GetInt32());
        Assert.Equal(2, page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("reference").GetString() == newer).GetProperty("reports").GetInt32());

        var details = await analyst.GetFromJsonAsync<JsonElement>(Uri($"/api/v1/disseminations/{newer}"));
        Assert.Equal([second.ConcordReference, first.ConcordReference], details.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("concordReference").GetString()));
        Assert.Equal((TaskForce.Code, TaskForce.Police), (details.GetProperty("agreementCode").GetString(), details.GetProperty("recipientOrganisationId").GetString()));
        Assert.Empty(details.GetProperty("outcomes").EnumerateArray());

        using var unknown = await analyst.GetAsync(Uri("/api/v1/disseminations/DIS-2026-0000000000"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("police-ecu", "LawEnforcement")]
    [InlineData("fiu-fr", "Fiu")]
    [InlineData("bank-alpha", "Bank")]
    public async Task Disseminations_ForAnotherOrganisation_AreForbiddenAndListNothing(string organisation, string kind)
    {
        using var other = Host.ClientFor(organisation, kind);

        using var list = await other.GetAsync(Uri("/api/v1/disseminations"));
        using var outcomes = await other.GetAsync(Uri("/api/v1/case-outcomes"));
        using var post = await other.PostAsync(Uri("/api/v1/disseminations"), Json(Body(["CR-2026-0000000000"])));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (list.StatusCode, outcomes.StatusCode, post.StatusCode));
    }

    internal static JsonObject Body(IEnumerable<string> references, string recipient = TaskForce.Police) => new()
    {
        ["agreementCode"] = TaskForce.Code,
        ["recipientOrganisationId"] = recipient,
        ["title"] = "Structuring via mules",
        ["analysisNote"] = "Two banks report cash structuring into accounts that pay the same beneficiary.",
        ["reportReferences"] = new JsonArray([.. references.Select(r => (JsonNode)r)]),
    };

    internal static async Task<string> DisseminateAsync(HttpClient analyst, IEnumerable<string> references)
    {
        using var response = await analyst.PostAsync(Uri("/api/v1/disseminations"), Json(Body(references)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
    }

    internal static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    internal static Uri Uri(string path) => new(path, UriKind.Relative);

    private Task<int> CountsAsync() => Host.QueryAsync(db => db.Disseminations.CountAsync());

    /// <summary>Once everything the FIU sent has reached the broker, nothing disseminated names the report.</summary>
    private async Task AssertNothingSentAsync(Guid reportId)
    {
        await Host.SettleAsync();
        Assert.DoesNotContain(fixture.Disseminated, d => d.Reports.Any(r => r.ReportId == reportId));
        Assert.DoesNotContain(Host.Bus.Received<ReportDecisionRecorded>(), d => d.ReportId == reportId);
    }
}
