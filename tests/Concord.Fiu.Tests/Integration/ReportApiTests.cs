using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Concord.Contracts.Filing;
using Concord.Fiu.Domain;
using Concord.Fiu.Endpoints;
using Concord.Testing;
using Xunit;

namespace Concord.Fiu.Tests.Integration;

/// <summary>The analysts' API: only this FIU's callers, reports by reference, pages newest first.</summary>
public sealed class ReportApiTests(FiuHost host) : IClassFixture<FiuHost>
{
    private static readonly JsonSerializerOptions Json = CreateJson();

    [Fact]
    public async Task Get_WhenCallerIsThisFiu_FindsTheReportByFiuOrConcordReference()
    {
        var message = Reports.Filed();
        await host.PublishAsync(message, Guid.NewGuid());
        var ack = await host.Bus.WaitForAsync<ReportAcknowledged>(a => a.ReportId == message.ReportId, "the report is acknowledged");
        using var http = host.ClientFor(FiuHost.OrganisationId);

        var byFiuReference = await http.GetFromJsonAsync<ReceivedReportDetails>($"/api/v1/reports/{ack.FiuReference}", Json);
        var byConcordReference = await http.GetFromJsonAsync<ReceivedReportDetails>($"/api/v1/reports/{message.ConcordReference}", Json);

        Assert.NotNull(byFiuReference);
        Assert.Equal((message.ReportId, ack.FiuReference, ReceivedReportStatus.Acknowledged), (byFiuReference.ReportId, byFiuReference.FiuReference, byFiuReference.Status));
        Assert.Equal(message.Report.BankReference, byFiuReference.Report?.BankReference);
        Assert.Equal(message.Report.Narrative, byFiuReference.Report?.Narrative);
        Assert.Empty(byFiuReference.RejectionReasons);
        Assert.Equal(byFiuReference.ReportId, byConcordReference?.ReportId);
    }

    [Fact]
    public async Task Get_WhenReportWasRejected_ShowsTheReasons()
    {
        var message = Reports.Filed();
        message = message with { Report = message.Report with { IndicatorCodes = [] } };
        await host.PublishAsync(message, Guid.NewGuid());
        await host.Bus.WaitForAsync<ReportRejected>(r => r.ReportId == message.ReportId, "the report is rejected");
        using var http = host.ClientFor(FiuHost.OrganisationId);

        var details = await http.GetFromJsonAsync<ReceivedReportDetails>($"/api/v1/reports/{message.ConcordReference}", Json);

        Assert.Equal(ReceivedReportStatus.Rejected, details?.Status);
        Assert.Null(details?.FiuReference);
        var reason = Assert.Single(details!.RejectionReasons);
        Assert.Equal(("report.indicatorCodes", AcceptanceCodes.IndicatorRequired), (reason.Path, reason.Code));
    }

    [Fact]
    public async Task Get_WhenReferenceIsUnknown_Returns404Problem()
    {
        using var http = host.ClientFor(FiuHost.OrganisationId);

        using var response = await http.GetAsync(new Uri("/api/v1/reports/FIU-2026-0000000000", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("fiu-nl", "Fiu")]
    [InlineData(Reports.Bank, "Bank")]
    [InlineData(FiuHost.OrganisationId, "Bank")]
    public async Task Get_WhenCallerIsNotThisFiu_Returns403(string organisationId, string kind)
    {
        var message = Reports.Filed();
        await host.PublishAsync(message, Guid.NewGuid());
        await host.Bus.WaitForAsync<ReportAcknowledged>(a => a.ReportId == message.ReportId, "the report is acknowledged");
        using var http = host.ClientFor(organisationId, kind);

        using var single = await http.GetAsync(new Uri($"/api/v1/reports/{message.ConcordReference}", UriKind.Relative));
        using var list = await http.GetAsync(new Uri("/api/v1/reports", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, single.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.DoesNotContain(message.ConcordReference, await single.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_WithoutTokenOrForAnotherAudience_Returns401()
    {
        using var anonymous = host.AnonymousClient();
        using var otherAudience = host.ClientFor(FiuHost.OrganisationId, audience: "concord-bank-gateway");

        using var withoutToken = await anonymous.GetAsync(new Uri("/api/v1/reports", UriKind.Relative));
        using var wrongAudience = await otherAudience.GetAsync(new Uri("/api/v1/reports", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongAudience.StatusCode);
    }

    [Fact]
    public async Task List_WhenPaging_ReturnsNewestFirstWithTheTotal()
    {
        var bank = $"bank-{Guid.NewGuid():N}";
        var seeded = await SeedAsync(bank, 7);
        using var http = host.ClientFor(FiuHost.OrganisationId);

        var first = await http.GetFromJsonAsync<ReceivedReportPage>($"/api/v1/reports?bankOrganisationId={bank}&pageSize=3", Json);
        var third = await http.GetFromJsonAsync<ReceivedReportPage>($"/api/v1/reports?bankOrganisationId={bank}&pageSize=3&page=3", Json);

        var newestFirst = seeded.OrderByDescending(r => r.ReceivedAt).Select(r => r.Id).ToList();
        Assert.Equal(7, first?.Total);
        Assert.Equal(newestFirst.Take(3), first!.Items.Select(i => i.ReportId));
        Assert.Equal(newestFirst.Skip(6), third!.Items.Select(i => i.ReportId));
        Assert.Equal((3, 3), (third.Page, third.PageSize));
    }

    [Fact]
    public async Task List_WhenFilteringByStatus_ReturnsOnlyThatStatus()
    {
        var bank = $"bank-{Guid.NewGuid():N}";
        var seeded = await SeedAsync(bank, 6);
        using var http = host.ClientFor(FiuHost.OrganisationId);

        var rejected = await http.GetFromJsonAsync<ReceivedReportPage>($"/api/v1/reports?bankOrganisationId={bank}&status=Rejected", Json);

        var expected = seeded.Where(r => r.Status == ReceivedReportStatus.Rejected).OrderByDescending(r => r.ReceivedAt).Select(r => r.Id);
        Assert.Equal(expected, rejected!.Items.Select(i => i.ReportId));
        Assert.Equal(3, rejected.Total);
        Assert.All(rejected.Items, i => Assert.Equal(bank, i.BankOrganisationId));
    }

    [Theory]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task List_WhenPagingIsOutOfRange_Returns400WithTheField(string query, string field)
    {
        using var http = host.ClientFor(FiuHost.OrganisationId);

        using var response = await http.GetAsync(new Uri($"/api/v1/reports?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(field, problem.RootElement.GetProperty("fieldErrors")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task List_WhenPageSizeIsTheMaximum_Succeeds()
    {
        using var http = host.ClientFor(FiuHost.OrganisationId);

        var page = await http.GetFromJsonAsync<ReceivedReportPage>("/api/v1/reports?pageSize=200", Json);

        Assert.Equal(200, page?.PageSize);
    }

    [Fact]
    public async Task Reads_WhenAReportsAgreementDoesNotLetTheFiuReadIt_ItIsNeitherListedNorCountedNorFound()
    {
        var bank = $"bank-{Guid.NewGuid():N}";
        var visible = await SeedAsync(bank, 2);
        var hidden = await SeedAsync(bank, 1, agreementId: Guid.NewGuid());
        using var http = host.ClientFor(FiuHost.OrganisationId);

        var page = await http.GetFromJsonAsync<ReceivedReportPage>($"/api/v1/reports?bankOrganisationId={bank}", Json);
        using var byReference = await http.GetAsync(new Uri($"/api/v1/reports/{hidden[0].ConcordReference}", UriKind.Relative));
        using var unknown = await http.GetAsync(new Uri("/api/v1/reports/CR-2026-0000000000", UriKind.Relative));

        Assert.Equal(2, page!.Total);
        Assert.Equal(visible.Select(r => r.Id).Order(), page.Items.Select(i => i.ReportId).Order());
        Assert.Equal(HttpStatusCode.NotFound, byReference.StatusCode);
        Assert.Equal(await ProblemWithoutTraceAsync(unknown, "CR-2026-0000000000"), await ProblemWithoutTraceAsync(byReference, hidden[0].ConcordReference));
        var subject = $"report:{visible[0].ConcordReference}";
        var audited = await host.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.Set<Concord.LegalBasis.Audit.AuditEntry>(), e => e.Subject == subject && e.Kind == Concord.LegalBasis.Audit.AuditKind.Read, CancellationToken.None));
        Assert.Equal(1, audited);
    }

    /// <summary>A problem's members but its trace id, with the reference asked for replaced: what tells one 404 from another.</summary>
    private static async Task<string> ProblemWithoutTraceAsync(HttpResponseMessage response, string reference)
    {
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        problem.Remove("traceId");
        return problem.ToJsonString().Replace(reference, "REF", StringComparison.Ordinal);
    }

    /// <summary>Stores reports directly, a minute apart and alternately acknowledged and rejected, for precise ordering.</summary>
    private async Task<List<ReceivedReport>> SeedAsync(string bank, int count, Guid? agreementId = null)
    {
        // Note: received under Alpha's statutory agreement unless told otherwise; the bank id only keeps tests apart.
        var envelope = DemoAgreements.FilingEnvelope("bank-alpha") with { AgreementId = agreementId ?? DemoAgreements.StatutoryId("bank-alpha") };
        var start = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
        var reports = Enumerable.Range(0, count).Select(i =>
        {
            var message = Reports.Filed(bank: bank);
            var acknowledged = i % 2 == 0;
            return new ReceivedReport
            {
                Id = message.ReportId,
                ConcordReference = message.ConcordReference,
                BankOrganisationId = bank,
                BankReference = message.Report.BankReference,
                ReportTypeCode = message.Report.ReportTypeCode,
                FiledAt = message.FiledAt,
                // Shuffled insertion order: the API must sort, not rely on the order rows were written in.
                ReceivedAt = start.AddMinutes((i * 5) % count),
                Status = acknowledged ? ReceivedReportStatus.Acknowledged : ReceivedReportStatus.Rejected,
                FiuReference = acknowledged ? FiuReference.New(start) : null,
                RejectionReasons = acknowledged ? null : "[]",
                Report = JsonSerializer.Serialize(message.Report, Concord.ServiceDefaults.Messaging.ContractJson.Options),
                AgreementId = envelope.AgreementId,
                AgreementVersion = 1,
                LegalGateway = envelope.LegalGateway,
                RetainUntil = envelope.RetainUntil,
                Envelope = JsonSerializer.Serialize(envelope, Concord.ServiceDefaults.Messaging.ContractJson.Options),
            };
        }).ToList();
        await host.QueryAsync(async db =>
        {
            db.Reports.AddRange(reports);
            return await db.SaveChangesAsync();
        });
        return reports;
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}
