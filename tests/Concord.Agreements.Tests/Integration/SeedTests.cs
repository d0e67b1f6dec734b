using System.Net;
using System.Text.Json;
using Concord.Agreements.Domain;
using Concord.Agreements.Endpoints;
using Concord.Agreements.Seeding;
using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Concord.Agreements.Tests.Integration;

/// <summary>The demo seed: gateways and agreements in force at start, once however often the service starts.</summary>
public sealed class SeedTests(SeededHost host) : IClassFixture<SeededHost>
{
    private static readonly string[] SeededCodes = ["AGR-GB-STAT-ALPHA", "AGR-GB-STAT-BETA", "AGR-GB-JMLIT-2026"];

    [Fact]
    public async Task Seed_AtStart_PutsTheDemoAgreementsInForceApprovedByEveryParty()
    {
        using var oversight = await host.ClientAsync(Clients.Oversight);

        var (_, gateways) = await Api.GetAsync(oversight, "/api/v1/legal-gateways");
        var page = (await Api.GetAsync(oversight, "/api/v1/agreements?pageSize=200")).Body.Deserialize<AgreementPage>(Api.Json)!;

        Assert.Equal(["EU-AMLR-75", "GB-CCA-7", "GB-CPIA-1996", "GB-ECCTA-188", "GB-POCA-330", "US-BSA-5318G"], gateways.EnumerateArray().Select(g => g.GetProperty("code").GetString()));
        Assert.Equal("Proceeds of Crime Act 2002, s.330–331 (UK)", gateways.EnumerateArray().Single(g => g.GetProperty("code").GetString() == "GB-POCA-330").GetProperty("citation").GetString());
        Assert.Equal(SeededCodes.Order(StringComparer.Ordinal), page.Items.Select(a => a.Code).Order(StringComparer.Ordinal));
        Assert.All(page.Items, a => Assert.Equal((AgreementStatus.Active, 1), (a.Status, a.VersionInForce)));
        Assert.DoesNotContain(page.Items, a => a.Parties.Contains("bank-gamma"));

        var alpha = await Api.GetAgreementAsync(oversight, page.Items.Single(a => a.Code == "AGR-GB-STAT-ALPHA").Id);
        Assert.Equal(["bank-alpha", "fiu-gb"], alpha.Versions[0].Approvals.Select(a => a.OrganisationId).Order(StringComparer.Ordinal));
        Assert.All(alpha.Versions[0].Approvals, a => Assert.Equal("seed", a.ApprovedBy));
        var filing = alpha.Versions[0].Flows[0];
        Assert.Equal((Tlp.AmberStrict, OnwardSharingRule.WithinAgreement, 2190), (filing.MaxMarking, filing.OnwardSharing, filing.RetentionDays));
        Assert.Equal([Purpose.SuspicionReporting], filing.Purposes);
        var feedback = alpha.Versions[0].Flows[1];
        Assert.Equal([Purpose.Feedback], feedback.Purposes);
        Assert.Equal([DataCategory.Outcome], feedback.Categories);
        Assert.Equal((Tlp.Amber, OnwardSharingRule.Prohibited, 2190), (feedback.MaxMarking, feedback.OnwardSharing, feedback.RetentionDays));
        Assert.Equal(new DateTimeOffset(2031, 12, 31, 23, 59, 59, TimeSpan.Zero), alpha.Versions[0].ValidUntil);

        var activations = await Eventually.GetAsync(
            () => Task.FromResult(host.Events.Received<AgreementChanged>().Where(c => c.Change == AgreementChange.Activated).ToList()),
            c => c.Count >= 3, "the three seeded activations are published");
        Assert.Equal(SeededCodes.Order(StringComparer.Ordinal), activations.Select(c => c.Terms.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Seed_WhenAppliedAgain_ChangesNothing()
    {
        var before = await CountsAsync();
        var sequence = await host.CurrentSequenceAsync();
        var seed = await AgreementSeedFile.ReadAsync(SeededHost.DemoAgreements, CancellationToken.None);

        var (gateways, agreements) = await host.WithServiceAsync(services => services.GetRequiredService<AgreementSeeder>().SeedAsync(seed, "test", CancellationToken.None));

        Assert.Equal((0, 0), (gateways, agreements));
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(sequence, await host.CurrentSequenceAsync());
    }

    [Fact]
    public async Task Seed_WhenFileIsInvalid_StopsTheServiceNamingEveryProblem()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bad-agreements-{Guid.NewGuid():N}.json");
        var demo = await File.ReadAllTextAsync(SeededHost.DemoAgreements);
        await File.WriteAllTextAsync(file, demo
            .Replace("\"legalGateways\": [\n        \"GB-CCA-7\",", "\"legalGateways\": [\n        \"GB-NOT-A-LAW\",", StringComparison.Ordinal)
            .Replace("\"retentionDays\": 365\n", "\"retentionDays\": 0\n", StringComparison.Ordinal));
        await using var database = TestDatabase.Create("agreements_seed_test");
        try
        {
            var failure = StartupFailure(database, file);

            Assert.Contains("agreements[2].legalGateways[0]: 'GB-NOT-A-LAW' is not a registered legal gateway.", failure, StringComparison.Ordinal);
            Assert.Contains("agreements[2].flows[1].retentionDays", failure, StringComparison.Ordinal);
            await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var count = new Npgsql.NpgsqlCommand("SELECT count(*) FROM legal_gateways", connection);
            Assert.Equal(0L, await count.ExecuteScalarAsync());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Seed_WhenFileIsMissing_StopsTheServiceNamingIt()
    {
        await using var database = TestDatabase.Create("agreements_seed_test");

        var failure = StartupFailure(database, "/nonexistent/agreements.json");

        Assert.Contains("/nonexistent/agreements.json does not exist", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoSeedFile_PassesTheChecksOnItsOwn()
    {
        var seed = await AgreementSeedFile.ReadAsync(SeededHost.DemoAgreements, CancellationToken.None);

        Assert.Empty(AgreementSeedFile.Check(seed, new Dictionary<string, IReadOnlyCollection<Purpose>>()));
        Assert.Equal(6, seed.LegalGateways.Count);
        // Note: the service refuses, at start, a flow for a purpose none of its agreement's legal gateways serves.
        var served = seed.LegalGateways.ToDictionary(g => g!.Code!, g => g!.Purposes!);
        Assert.All(seed.Agreements, agreement => Assert.All(agreement!.Flows!, flow => Assert.All(flow!.Purposes!, purpose =>
            Assert.True(agreement.LegalGateways!.Any(code => served[code!].Contains(purpose)), $"{agreement.Code}: no legal gateway serves {purpose}"))));
    }

    private Task<(int Gateways, int Agreements, int Versions, int Approvals, int Events)> CountsAsync() => host.QueryAsync(async db => (
        await db.LegalGateways.CountAsync(),
        await db.Agreements.CountAsync(),
        await db.Versions.CountAsync(),
        await db.Approvals.CountAsync(),
        await db.Events.CountAsync()));

    private string StartupFailure(TestDatabase database, string seedFile)
    {
        using var factory = new WebApplicationFactory<AgreementsService>().WithWebHostBuilder(web => web
            .UseSetting("ConnectionStrings:agreements", database.ConnectionString)
            // Note: nothing listens on port 1; the service does not wait for the broker to start.
            .UseSetting("ConnectionStrings:rabbitmq", "amqp://guest:guest@127.0.0.1:1/unused")
            .UseSetting("Concord:Auth:Authority", host.Identity.Issuer.ToString())
            .UseSetting("Concord:Auth:Audience", AgreementsService.Audience)
            .UseSetting("Concord:Agreements:SeedFile", seedFile));
        var exception = Record.Exception(() => factory.Server);
        Assert.NotNull(exception);
        var messages = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
        }

        return string.Join(" | ", messages);
    }
}
