using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Concord.Contracts.Agreements;
using Concord.Contracts.Filing;
using Concord.Fiu.Endpoints;
using Concord.Testing;
using Xunit;
using static Concord.Fiu.Tests.Integration.MatchingReports;

namespace Concord.Fiu.Tests.Integration;

/// <summary>
/// A report the FIU may not read now (its agreement suspended) is neither listed, counted nor named by the matching API
/// — not as another report's link, not in a network, not in a look-up — and comes back when the agreement does.
/// A host of its own: the test suspends an agreement.
/// </summary>
public sealed class MatchingVisibilityTests(FiuHost host) : IClassFixture<FiuHost>
{
    private static readonly JsonSerializerOptions Json = CreateJson();

    [Fact]
    public async Task Reads_WhenTheLinkedReportsAgreementIsSuspended_ItDisappearsFromLinksCountsNetworksAndLookUps()
    {
        var iban = Iban();
        var alpha = await FileAsync("bank-alpha", Report("bank-alpha", [Person("S1", "Anna", Family(), Born())], [Account("A1", iban, "S1")]));
        var beta = await FileAsync("bank-beta", Report("bank-beta", [Person("S1", "Boris", Family(), Born())], [Account("A1", iban, "S1")]));
        using var http = host.ClientFor(FiuHost.OrganisationId);
        Assert.Equal(1, (await http.GetFromJsonAsync<ReportLinkPage>($"/api/v1/reports/{alpha}/links", Json))!.Total);

        host.ChangeAgreement(DemoAgreements.Statutory("bank-beta", AgreementStatus.Suspended));
        var links = await http.GetFromJsonAsync<ReportLinkPage>($"/api/v1/reports/{alpha}/links", Json);
        var network = await http.GetStringAsync(new Uri($"/api/v1/reports/{alpha}/network?depth=3", UriKind.Relative));
        var ftm = await http.GetStringAsync(new Uri($"/api/v1/reports/{alpha}/network/ftm?depth=3", UriKind.Relative));
        var lookup = await http.GetFromJsonAsync<SubjectLookupPage>($"/api/v1/subjects?kind=Iban&value={iban}", Json);
        using var hidden = await http.GetAsync(new Uri($"/api/v1/reports/{beta}/links", UriKind.Relative));
        using var unknown = await http.GetAsync(new Uri("/api/v1/reports/CR-2026-0000000000/links", UriKind.Relative));

        Assert.Equal(0, links!.Total);
        Assert.Empty(links.Items);
        Assert.DoesNotContain(beta, network, StringComparison.Ordinal);
        Assert.DoesNotContain("LinkedBy", network, StringComparison.Ordinal);
        Assert.DoesNotContain(beta, ftm, StringComparison.Ordinal);
        Assert.DoesNotContain("UnknownLink", ftm, StringComparison.Ordinal);
        Assert.Equal([alpha], lookup!.Items.Select(i => i.ConcordReference));
        Assert.Equal(1, lookup.Total);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (hidden.StatusCode, unknown.StatusCode));
        Assert.Equal((await hidden.Content.ReadAsStringAsync()).Length - beta.Length, (await unknown.Content.ReadAsStringAsync()).Length - "CR-2026-0000000000".Length);

        host.ChangeAgreement(DemoAgreements.Statutory("bank-beta"));
        var resumed = await http.GetFromJsonAsync<ReportLinkPage>($"/api/v1/reports/{alpha}/links", Json);
        Assert.Equal([beta], resumed!.Items.Select(i => i.ConcordReference));
    }

    private async Task<string> FileAsync(string bank, SuspiciousActivityReport report)
    {
        var message = Reports.Filed(report, bank);
        await host.PublishAsync(message, Guid.NewGuid());
        await host.Bus.WaitForAsync<ReportAcknowledged>(a => a.ReportId == message.ReportId, $"{message.ConcordReference} is acknowledged");
        return message.ConcordReference;
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}
