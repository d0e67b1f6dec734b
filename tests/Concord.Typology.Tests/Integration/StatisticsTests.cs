using System.Globalization;
using Concord.Contracts.Typologies;
using Concord.Typology.Statistics;
using Xunit;

namespace Concord.Typology.Tests.Integration;

public sealed class StatisticsTests(TypologyHost host) : IClassFixture<TypologyHost>
{
    [Fact]
    public async Task Statistics_WhenReportsAreScreenedAndDecided_CountEachReportOncePerVersionBankAndPeriod()
    {
        var body = Drafts.Structuring(audience: Drafts.Named("bank-alpha", "bank-beta"));
        await Api.PublishAsync(host, body);
        var alphaCopy = await host.Bus.WaitForAsync<TypologyPublished>(m => m.Typology.Code == body.Code && m.RecipientOrganisationId == "bank-alpha", "alpha's copy");
        var now = DateTimeOffset.UtcNow;
        var (r1, r2, r3) = (Report("bank-alpha", now.AddMinutes(1)), Report("bank-beta", now.AddMinutes(2)), Report("bank-alpha", now.AddDays(8)));
        var hit = new TypologyHit { TypologyId = alphaCopy.Typology.TypologyId, Code = body.Code!, Version = 1, IndicatorCode = "STRUCT-1" };

        await host.PublishAndWaitAsync(new TypologyAcknowledged
        {
            DistributionId = alphaCopy.DistributionId, TypologyId = alphaCopy.Typology.TypologyId, Code = body.Code!, Version = 1,
            OrganisationId = "bank-alpha", AcknowledgedBy = "mlro", AcknowledgedAt = now, Envelope = TypologyAgreements.AcknowledgementEnvelope("bank-alpha", body.Code!),
        });
        // Note: r1's decision arrives before its screening; r2's decisions arrive latest first; r1 is screened twice.
        await host.PublishAndWaitAsync(Decision(r1, "Disseminate", now.AddHours(1)));
        await host.PublishAndWaitAsync(Screened(r1, [body.Code!.ToLowerInvariant()], [hit]));
        await host.PublishAndWaitAsync(Screened(r1, [body.Code!], [hit, hit with { IndicatorCode = "STRUCT-2" }]));
        await host.PublishAndWaitAsync(Screened(r2, [], [hit]));
        await host.PublishAndWaitAsync(Decision(r2, "Disseminate", now.AddHours(3)));
        await host.PublishAndWaitAsync(Decision(r2, "Analyse", now.AddHours(2)));
        await host.PublishAndWaitAsync(Screened(r3, [body.Code!, "T-1999-001"], []));
        await host.PublishAndWaitAsync(Decision(r3, "NoFurtherAction", now.AddDays(9)));
        using var analyst = host.Analyst();

        var figures = await Api.GetAsync<TypologyStatistics>(analyst, $"/api/v1/typologies/{body.Code}/statistics?period=week");

        var v1 = Assert.Single(figures.Versions);
        Assert.Equal((1, 2, 1, 2, 2, 2), (v1.Version, v1.Recipients, v1.Acknowledgements, v1.Citations, v1.RuleHits, v1.Disseminations));
        Assert.Equal([new IndicatorHits("STRUCT-1", 2)], v1.IndicatorHits);
        Assert.Equal(
            [new BankFigures("bank-alpha", 1, true, true, 2, 1, 1), new BankFigures("bank-beta", 1, true, false, 0, 1, 1)],
            figures.ByBank);
        Assert.Equal(
            [new PeriodFigures(Week(now), 1, 1, 1, 2, 2), new PeriodFigures(Week(now.AddDays(8)), 1, 0, 1, 0, 0)],
            figures.ByPeriod.Where(p => p.Period == Week(now) || p.Period == Week(now.AddDays(8))).ToList());

        var json = await Api.GetAsync<StatisticsExport>(analyst, "/api/v1/typologies/statistics/export?format=json");
        var row = Assert.Single(json.Rows, r => r.Code == body.Code);
        Assert.Equal((2, 1, 2, 2, 2), (row.Recipients, row.Acknowledgements, row.Citations, row.RuleHits, row.Disseminations));
        using var csv = await analyst.GetAsync(new Uri("/api/v1/typologies/statistics/export?format=csv", UriKind.Relative));
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("code,version,title,crimeArea,marking,publishedAt,withdrawn,recipients,acknowledgements,citations,ruleHits,disseminations", lines[0]);
        Assert.EndsWith(",DrugTraffickingProceeds,Amber," + row.PublishedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) + ",false,2,1,2,2,2",
            Assert.Single(lines, l => l.StartsWith(body.Code + ",1,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statistics_WhenTheTypologyDoesNotExistOrTheFormatIsUnknown_Refuse()
    {
        using var analyst = host.Analyst();

        Assert.Equal(404, (await Api.ProblemAsync(await analyst.GetAsync(new Uri("/api/v1/typologies/T-1999-002/statistics", UriKind.Relative)))).Status);
        Assert.Equal([("format", "InvalidValue")], (await Api.ProblemAsync(await analyst.GetAsync(new Uri("/api/v1/typologies/statistics/export?format=xml", UriKind.Relative)))).Errors);
        Assert.Equal([("period", "InvalidValue")], (await Api.ProblemAsync(await analyst.GetAsync(new Uri("/api/v1/typologies/T-1999-002/statistics?period=year", UriKind.Relative)))).Errors);
    }

    private static (Guid Id, string Reference, string Bank, DateTimeOffset ReceivedAt) Report(string bank, DateTimeOffset receivedAt) =>
        (Guid.NewGuid(), $"CR-2026-{Guid.NewGuid():N}"[..18].ToUpperInvariant(), bank, receivedAt);

    private static ReportScreened Screened((Guid Id, string Reference, string Bank, DateTimeOffset ReceivedAt) report, IReadOnlyList<string> cited, IReadOnlyList<TypologyHit> hits) => new()
    {
        ReportId = report.Id,
        ConcordReference = report.Reference,
        BankOrganisationId = report.Bank,
        ReceivedAt = report.ReceivedAt,
        CitedTypologyCodes = cited,
        Hits = hits,
        ScreenedAt = report.ReceivedAt.AddSeconds(1),
    };

    private static ReportDecisionRecorded Decision((Guid Id, string Reference, string Bank, DateTimeOffset ReceivedAt) report, string decision, DateTimeOffset at) => new()
    {
        ReportId = report.Id,
        ConcordReference = report.Reference,
        BankOrganisationId = report.Bank,
        Decision = decision,
        DecidedAt = at,
    };

    private static string Week(DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(at.UtcDateTime)}-W{ISOWeek.GetWeekOfYear(at.UtcDateTime):00}");
}
