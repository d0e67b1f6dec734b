using System.Net;
using Concord.Typology.Views;
using Xunit;

namespace Concord.Typology.Tests.Integration;

public sealed class ApplicableTypologyTests(TypologyHost host) : IClassFixture<TypologyHost>
{
    [Fact]
    public async Task List_WhenTypologiesWereSentToTheBank_ShowsTheLatestVersionOfEachCurrentFirst()
    {
        var withdrawn = Drafts.Structuring(audience: Drafts.Named("bank-alpha", "bank-beta"));
        await Api.PublishAsync(host, withdrawn);
        using var analyst = host.Analyst();
        await Api.ExpectAsync(await Api.PostAsync(analyst, $"/api/v1/typologies/{withdrawn.Code}/withdraw", new ReasonBody { Reason = "No longer observed." }), HttpStatusCode.OK);
        var current = Drafts.Structuring(audience: Drafts.Named("bank-alpha"));
        await Api.PublishAsync(host, current);
        await Api.PublishNextAsync(host, current with { Summary = "Revised summary." });
        var notForAlpha = Drafts.Structuring(audience: Drafts.Named("bank-beta"));
        await Api.PublishAsync(host, notForAlpha);
        using var alpha = host.Recipient("bank-alpha");

        var page = await Api.GetAsync<ApplicableTypologyPage>(alpha, "/api/v1/typologies/applicable");

        var mine = page.Items.Where(i => i.Typology.Code == withdrawn.Code || i.Typology.Code == current.Code).ToList();
        Assert.Equal([(current.Code!, 2, "Current"), (withdrawn.Code!, 1, "Withdrawn")], mine.Select(i => (i.Typology.Code, i.Typology.Version, i.Status)));
        Assert.Equal("Revised summary.", mine[0].Typology.Summary);
        Assert.DoesNotContain(page.Items, i => i.Typology.Code == notForAlpha.Code);
        var statuses = page.Items.Select(i => i.Status).ToList();
        Assert.Equal(statuses.OrderBy(s => s == "Current" ? 0 : 1), statuses);
    }

    [Fact]
    public async Task Get_WhenTheTypologyWasNotSentToTheCaller_IsNotFoundExactlyAsOneThatDoesNotExist()
    {
        var body = Drafts.Structuring(audience: Drafts.Named("bank-beta"));
        await Api.PublishAsync(host, body);
        using var alpha = host.Recipient("bank-alpha");
        using var beta = host.Recipient("bank-beta");

        var held = await Api.GetAsync<ApplicableTypology>(beta, $"/api/v1/typologies/applicable/{body.Code}");
        var notSent = await Api.ProblemAsync(await alpha.GetAsync(new Uri($"/api/v1/typologies/applicable/{body.Code}", UriKind.Relative)));
        var missing = await Api.ProblemAsync(await alpha.GetAsync(new Uri("/api/v1/typologies/applicable/T-1999-999", UriKind.Relative)));

        Assert.Equal((body.Code, "Current"), (held.Typology.Code, held.Status));
        Assert.Equal((404, "Typology not found."), (notSent.Status, notSent.Title));
        Assert.Equal((missing.Status, missing.Title, missing.Type), (notSent.Status, notSent.Title, notSent.Type));
        Assert.Equal(missing.Detail!.Replace("T-1999-999", body.Code, StringComparison.Ordinal), notSent.Detail);
    }

    [Fact]
    public async Task Get_WhenTheCallerLacksTheReadScope_IsForbidden()
    {
        using var filingOnly = host.Client("bank-alpha", "Bank", "bank-alpha-filing", "concord.filing");

        using var response = await filingOnly.GetAsync(new Uri("/api/v1/typologies/applicable", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
