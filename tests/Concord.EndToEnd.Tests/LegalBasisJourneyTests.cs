using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Testing;
using Xunit;

namespace Concord.EndToEnd.Tests;

/// <summary>
/// The legal-basis layer across the real network: the secretariat's decisions at the Agreements service reach the
/// gateway and the FIU over the bus, and filing stops or starts with them.
/// </summary>
public sealed class LegalBasisJourneyTests(ConcordNetwork network) : IClassFixture<ConcordNetwork>
{
    /// <summary>"Within seconds": the event travels over the broker, no heartbeat or refresh is waited for.</summary>
    private static readonly TimeSpan Seconds = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Suspension_StopsFilingWithinSecondsAndResumptionLetsItFlowAgain()
    {
        using var alpha = await network.ClientAsync(network.GatewayAddress, DemoClients.BankAlpha);
        using var secretariat = await network.ClientAsync(network.AgreementsAddress, DemoClients.Secretariat);
        var agreement = await AgreementIdAsync(secretariat, "AGR-GB-STAT-ALPHA");
        Assert.Equal("Acknowledged", (await Journey.DecidedAsync(alpha, await Journey.FileAsync(alpha, Report("E2ES")))).GetProperty("status").GetString());

        var suspendedAt = Stopwatch.StartNew();
        await ChangeAsync(secretariat, agreement, "suspension");
        var refusal = await Eventually.GetAsync(
            () => TryFileAsync(alpha, Report("E2ES")),
            answer => answer.Status == HttpStatusCode.Forbidden, "filing is refused once the agreement is suspended", Seconds);
        var stoppedAfter = suspendedAt.Elapsed;
        Assert.Equal("https://concord.dev/problems/no-legal-basis", refusal.Body.GetProperty("type").GetString());
        Assert.Contains(refusal.Body.GetProperty("fieldErrors").EnumerateArray(), error => error.GetProperty("code").GetString() == "agreement-suspended");

        await ChangeAsync(secretariat, agreement, "resumption");
        var accepted = await Eventually.GetAsync(
            () => TryFileAsync(alpha, Report("E2ES")),
            answer => answer.Status == HttpStatusCode.Created, "filing is accepted once the agreement is resumed", Seconds);
        var status = await Journey.DecidedAsync(alpha, accepted.Body.GetProperty("concordReference").GetString()!);
        Assert.Equal("Acknowledged", status.GetProperty("status").GetString());
        Assert.True(stoppedAfter < Seconds, $"filing stopped {stoppedAfter.TotalSeconds:F1} s after the suspension");
    }

    [Fact]
    public async Task ABankWithoutAnAgreement_CannotFileUntilTheSecretariatDraftsOneAndBothPartiesApprove()
    {
        using var gamma = await network.ClientAsync(network.GatewayAddress, DemoClients.BankGamma);
        using var secretariat = await network.ClientAsync(network.AgreementsAddress, DemoClients.Secretariat);
        using var gammaAgreements = await network.ClientAsync(network.AgreementsAddress, DemoClients.BankGammaAgreements);
        using var fiuAgreements = await network.ClientAsync(network.AgreementsAddress, DemoClients.FiuAgreements);

        var refused = await TryFileAsync(gamma, SampleReports.Structuring("bank-gamma", Journey.NewReference("E2EG")));
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        var missing = Assert.Single(refused.Body.GetProperty("fieldErrors").EnumerateArray());
        Assert.Equal("no-agreement", missing.GetProperty("code").GetString());
        Assert.Contains("bank-gamma", missing.GetProperty("message").GetString(), StringComparison.Ordinal);

        using var drafted = await secretariat.PostAsJsonAsync(new Uri("api/v1/agreements", UriKind.Relative), StatutoryDraft("bank-gamma"));
        Assert.Equal(HttpStatusCode.Created, drafted.StatusCode);
        var id = (await drafted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using (var gammaApproves = await gammaAgreements.PostAsync(new Uri($"api/v1/agreements/{id}/approvals", UriKind.Relative), null))
        {
            Assert.True(gammaApproves.IsSuccessStatusCode, await gammaApproves.Content.ReadAsStringAsync());
        }

        // One approval of two: still a draft, still no basis.
        Assert.Equal(HttpStatusCode.Forbidden, (await TryFileAsync(gamma, SampleReports.Structuring("bank-gamma", Journey.NewReference("E2EG")))).Status);
        using (var fiuApproves = await fiuAgreements.PostAsync(new Uri($"api/v1/agreements/{id}/approvals", UriKind.Relative), null))
        {
            Assert.True(fiuApproves.IsSuccessStatusCode, await fiuApproves.Content.ReadAsStringAsync());
        }

        var accepted = await Eventually.GetAsync(
            () => TryFileAsync(gamma, SampleReports.Structuring("bank-gamma", Journey.NewReference("E2EG"))),
            answer => answer.Status == HttpStatusCode.Created, "Gamma can file once both parties approved", Seconds);
        var status = await Journey.DecidedAsync(gamma, accepted.Body.GetProperty("concordReference").GetString()!);
        Assert.Equal("Acknowledged", status.GetProperty("status").GetString());
    }

    private static Contracts.Filing.SuspiciousActivityReport Report(string prefix) => SampleReports.Structuring("bank-alpha", Journey.NewReference(prefix));

    private static async Task<(HttpStatusCode Status, JsonElement Body)> TryFileAsync(HttpClient bank, Contracts.Filing.SuspiciousActivityReport report)
    {
        using var response = await bank.PostAsync(new Uri("api/v1/reports", UriKind.Relative), Journey.Content(report));
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static async Task<Guid> AgreementIdAsync(HttpClient secretariat, string code)
    {
        var page = await secretariat.GetFromJsonAsync<JsonElement>(new Uri($"api/v1/agreements?code={code}", UriKind.Relative));
        return Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid();
    }

    private static async Task ChangeAsync(HttpClient secretariat, Guid agreement, string change)
    {
        using var response = await secretariat.PostAsJsonAsync(new Uri($"api/v1/agreements/{agreement}/{change}", UriKind.Relative), new { reason = $"End-to-end test: {change}." });
        Assert.True(response.IsSuccessStatusCode, $"{change}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static object StatutoryDraft(string bank) => new
    {
        code = $"AGR-GB-STAT-{bank["bank-".Length..].ToUpperInvariant()}",
        title = $"Statutory reporting: {bank} to fiu-gb",
        kind = "Statutory",
        parties = new[] { new { organisationId = bank, kind = "Bank" }, new { organisationId = "fiu-gb", kind = "Fiu" } },
        legalGateways = new[] { "GB-POCA-330" },
        validFrom = "2026-01-01T00:00:00Z",
        validUntil = "2031-12-31T00:00:00Z",
        flows = new object[]
        {
            new
            {
                from = new { organisationId = bank },
                to = new { organisationId = "fiu-gb" },
                purposes = new[] { "SuspicionReporting" },
                categories = new[] { "SubjectIdentity", "AccountData", "TransactionData", "Narrative", "TypologyIndicators" },
                maxMarking = "AmberStrict",
                onwardSharing = "WithinAgreement",
                retentionDays = 2190,
            },
            new
            {
                from = new { organisationId = "fiu-gb" },
                to = new { organisationId = bank },
                purposes = new[] { "Feedback" },
                categories = new[] { "Outcome" },
                maxMarking = "Amber",
                onwardSharing = "Prohibited",
                retentionDays = 2190,
            },
        },
    };
}
