using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Concord.Contracts.Filing;
using Concord.Fiu.Domain;
using Concord.Fiu.Endpoints;
using Concord.Fiu.Matching;
using Concord.Fiu.Persistence;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Retention;
using Concord.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Concord.Fiu.Tests.Integration.MatchingReports;

namespace Concord.Fiu.Tests.Integration;

/// <summary>Incremental matching over the real intake (RabbitMQ, PostgreSQL) and the analysts' matching API.</summary>
public sealed class MatchingTests(FiuHost host) : IClassFixture<FiuHost>
{
    private static readonly JsonSerializerOptions Json = CreateJson();

    [Fact]
    public async Task Intake_WhenTwoBanksReportTheSameIban_TheReportsAreLinkedOnArrival_BothWays()
    {
        var iban = Iban();
        var alpha = await FileAsync("bank-alpha", Report("bank-alpha", [Person("S1", "Anna", Family(), Born())], [Account("A1", iban, "S1")]));
        var beta = await FileAsync("bank-beta", Report("bank-beta", [Company("S9", $"{Family()} Holdings Ltd")], [Account("A3", $"{iban[..4]} {iban[4..8]} {iban[8..]}".ToLowerInvariant(), "S9")]));
        using var http = host.ClientFor(FiuHost.OrganisationId);

        var fromBeta = await http.GetFromJsonAsync<ReportLinkPage>($"/api/v1/reports/{beta.ConcordReference}/links", Json);
        var fromAlpha = await http.GetFromJsonAsync<ReportLinkPage>($"/api/v1/reports/{alpha.ConcordReference}/links", Json);

        var linked = Assert.Single(fromBeta!.Items);
        Assert.Equal((alpha.ReportId, alpha.ConcordReference, "bank-alpha", true, 1), (linked.ReportId, linked.ConcordReference, linked.BankOrganisationId, linked.OtherBank, fromBeta.Total));
        var reason = Assert.Single(linked.Reasons);
        Assert.Equal(("Iban", "A3", "A1", iban), (reason.Kind, reason.Holder, reason.LinkedHolder, reason.LinkedValue));
        Assert.Equal(iban, reason.Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        Assert.Null(reason.Score);
        var back = Assert.Single(fromAlpha!.Items);
        Assert.Equal((beta.ConcordReference, "bank-beta", "A1", "A3"), (back.ConcordReference, back.BankOrganisationId, back.Reasons[0].Holder, back.Reasons[0].LinkedHolder));
    }

    [Fact]
    public async Task Intake_WhenTwoBanksReportTheSameAccountNumberAtOneBank_TheAnalystSeesTheLink_AndNeitherBankSeesAnything()
    {
        var number = $"{Random.Shared.Next(10_000_000, 99_999_999)}";
        var alpha = await FileAsync("bank-alpha", Report("bank-alpha", [Person("S1", "Anna", Family(), Born())], [AccountNumber("A1", number, "Gamma Savings Bank plc", "S1")]));
        var beta = await FileAsync("bank-beta", Report("bank-beta", [Person("S1", "Boris", Family(), Born())], [AccountNumber("A1", $"{number[..4]}-{number[4..]}", "GAMMA SAVINGS BANK", "S1")]));
        using var analyst = host.ClientFor(FiuHost.OrganisationId);
        using var alphaBank = host.ClientFor("bank-alpha", "Bank");
        using var betaBank = host.ClientFor("bank-beta", "Bank");

        var page = await analyst.GetFromJsonAsync<ReportLinkPage>($"/api/v1/reports/{beta.ConcordReference}/links", Json);
        using var alphaAsks = await alphaBank.GetAsync(new Uri($"/api/v1/reports/{beta.ConcordReference}/links", UriKind.Relative));
        using var betaAsks = await betaBank.GetAsync(new Uri($"/api/v1/reports/{alpha.ConcordReference}/network", UriKind.Relative));
        using var betaLooksUp = await betaBank.GetAsync(new Uri($"/api/v1/subjects?kind=Account&value={number}&institution=Gamma%20Savings%20Bank", UriKind.Relative));

        var reason = Assert.Single(Assert.Single(page!.Items).Reasons);
        Assert.Equal(("Account", $"{number[..4]}-{number[4..]} at GAMMA SAVINGS BANK", $"{number} at Gamma Savings Bank plc"), (reason.Kind, reason.Value, reason.LinkedValue));
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (alphaAsks.StatusCode, betaAsks.StatusCode, betaLooksUp.StatusCode));
        Assert.DoesNotContain(alpha.ConcordReference, await betaAsks.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Intake_WhenANameAndDateOfBirthMatchDespiteAccentsOrderAndSpelling_LinksWithAScore_ButNotANearMiss()
    {
        var family = Family();
        var born = Born();
        var first = await FileAsync("bank-alpha", Report("bank-alpha", [Person("S1", "Daniel James", family, born)]));
        var variant = await FileAsync("bank-beta", Report("bank-beta", [Person("S4", "Dániel", $"{family.ToUpperInvariant()}E", born) with { Person = new PersonDetails { GivenNames = null, FamilyName = $"{family.ToUpperInvariant()}E, Dániel", DateOfBirth = born } }]));
        var nearMiss = await FileAsync("bank-beta", Report("bank-beta", [Person("S1", "Samuel", family, born)]));
        var otherBirthday = await FileAsync("bank-beta", Report("bank-beta", [Person("S1", "Daniel James", family, born.AddDays(1))]));
        using var http = host.ClientFor(FiuHost.OrganisationId);

        var page = await http.GetFromJsonAsync<ReportLinkPage>($"/api/v1/reports/{variant.ConcordReference}/links", Json);
        var nearMissLinks = await http.GetFromJsonAsync<ReportLinkPage>($"/api/v1/reports/{nearMiss.ConcordReference}/links", Json);
        var otherBirthdayLinks = await http.GetFromJsonAsync<ReportLinkPage>($"/api/v1/reports/{otherBirthday.ConcordReference}/links", Json);

        var linked = Assert.Single(page!.Items);
        Assert.Equal(first.ConcordReference, linked.ConcordReference);
        var reason = Assert.Single(linked.Reasons);
        Assert.Equal(("PersonName", $"{family.ToUpperInvariant()}E, Dániel", $"Daniel James {family}"), (reason.Kind, reason.Value, reason.LinkedValue));
        Assert.InRange(reason.Score!.Value, NameSimilarity.LinkThreshold, 0.999);
        Assert.Equal(0, nearMissLinks!.Total);
        Assert.Equal(0, otherBirthdayLinks!.Total);
    }

    [Fact]
    public async Task Intake_WhenAnIbanFailsItsChecksum_ItLinksNothing_AndLookingItUpIs400()
    {
        var iban = Iban();
        await FileAsync("bank-alpha", Report("bank-alpha", [Person("S1", "Anna", Family(), Born())], [Account("A1", iban, "S1")]));
        // Note: the gateway refuses an invalid IBAN on an account, not on a counterparty the bank only names.
        var broken = await FileAsync("bank-beta", Report("bank-beta", [Person("S1", "Boris", Family(), Born())], [], [Wire(new Counterparty { Name = "Unknown payee", Iban = Broken(iban) })]));
        using var http = host.ClientFor(FiuHost.OrganisationId);

        var page = await http.GetFromJsonAsync<ReportLinkPage>($"/api/v1/reports/{broken.ConcordReference}/links", Json);
        using var lookup = await http.GetAsync(new Uri($"/api/v1/subjects?kind=Iban&value={Broken(iban)}", UriKind.Relative));

        Assert.Equal(0, page!.Total);
        Assert.Equal(0, await host.QueryAsync(db => db.Set<SubjectIdentifier>().CountAsync(i => i.ReportId == broken.ReportId && i.Kind == IdentifierKind.Iban)));
        Assert.Equal(HttpStatusCode.BadRequest, lookup.StatusCode);
        using var problem = JsonDocument.Parse(await lookup.Content.ReadAsStringAsync());
        var error = problem.RootElement.GetProperty("fieldErrors")[0];
        Assert.Equal(("value", "InvalidIban"), (error.GetProperty("path").GetString(), error.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Links_ArePagedWithTheTotal_OtherBanksFirst_AndExplained()
    {
        var phone = Mobile();
        var root = await FileAsync("bank-alpha", Report("bank-alpha", [Person("S1", "Anna", Family(), Born(), phone)]));
        var sameBank = await FileAsync("bank-alpha", Report("bank-alpha", [Person("S2", "Carl", Family(), Born(), phone)]));
        var otherBank = await FileAsync("bank-beta", Report("bank-beta", [Person("S3", "Dora", Family(), Born(), $"0{phone[3..]}")]));
        using var http = host.ClientFor(FiuHost.OrganisationId);

        var first = await http.GetFromJsonAsync<ReportLinkPage>($"/api/v1/reports/{root.ConcordReference}/links?pageSize=1", Json);
        var second = await http.GetFromJsonAsync<ReportLinkPage>($"/api/v1/reports/{root.ConcordReference}/links?pageSize=1&page=2", Json);
        using var badPage = await http.GetAsync(new Uri($"/api/v1/reports/{root.ConcordReference}/links?pageSize=201", UriKind.Relative));
        using var unknown = await http.GetAsync(new Uri("/api/v1/reports/CR-2026-0000000000/links", UriKind.Relative));

        Assert.Equal((2, 2), (first!.Total, second!.Total));
        var (a, b) = (Assert.Single(first.Items), Assert.Single(second.Items));
        Assert.Equal((otherBank.ConcordReference, true), (a.ConcordReference, a.OtherBank));
        Assert.Equal((sameBank.ConcordReference, false), (b.ConcordReference, b.OtherBank));
        Assert.Equal(("Phone", "S1", "S3", phone, $"0{phone[3..]}"), (a.Reasons[0].Kind, a.Reasons[0].Holder, a.Reasons[0].LinkedHolder, a.Reasons[0].Value, a.Reasons[0].LinkedValue));
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.NotFound), (badPage.StatusCode, unknown.StatusCode));
        var reads = await host.QueryAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Kind == AuditKind.Read && e.Subject == $"report:{otherBank.ConcordReference}"));
        Assert.True(reads >= 1, "the linked report's read is audited");
    }

    [Fact]
    public async Task Subjects_FindsEveryReportCarryingAnIdentifier_NormalisedAsIndexed()
    {
        var iban = Iban();
        var alpha = await FileAsync("bank-alpha", Report("bank-alpha", [Person("S1", "Anna", Family(), Born())], [Account("A1", iban, "S1")]));
        var beta = await FileAsync("bank-beta", Report("bank-beta", [Person("S1", "Boris", Family(), Born())], [Account("A2", iban, "S1")]));
        using var http = host.ClientFor(FiuHost.OrganisationId);

        var page = await http.GetFromJsonAsync<SubjectLookupPage>($"/api/v1/subjects?kind=iban&value={Uri.EscapeDataString(iban.ToLowerInvariant().Insert(4, " "))}", Json);
        using var unknownKind = await http.GetAsync(new Uri("/api/v1/subjects?kind=Shoe&value=x", UriKind.Relative));

        Assert.Equal(("Iban", iban, 2), (page!.Kind, page.Value, page.Total));
        Assert.Equal([(beta.ConcordReference, "A2"), (alpha.ConcordReference, "A1")], page.Items.Select(i => (i.ConcordReference, i.Holder)));
        Assert.All(page.Items, i => Assert.Equal("Account", i.HolderKind));
        Assert.Equal(HttpStatusCode.BadRequest, unknownKind.StatusCode);
    }

    [Fact]
    public async Task Network_HoldsTheReportsSubjectsAccountsAndLinks_ToTheDepthAsked()
    {
        var (iban, phone) = (Iban(), Mobile());
        var root = await FileAsync("bank-alpha", Report("bank-alpha", [Person("S1", "Anna", Family(), Born())], [Account("A1", iban, "S1")]));
        var hop = await FileAsync("bank-beta", Report("bank-beta", [Person("S1", "Boris", Family(), Born(), phone)], [Account("A1", iban, "S1")]));
        var far = await FileAsync("bank-alpha", Report("bank-alpha", [Person("S5", "Cleo", Family(), Born(), phone)]));
        using var http = host.ClientFor(FiuHost.OrganisationId);

        var one = await http.GetFromJsonAsync<ReportNetwork>($"/api/v1/reports/{root.ConcordReference}/network?depth=1", Json);
        var two = await http.GetFromJsonAsync<ReportNetwork>($"/api/v1/reports/{root.FiuReference}/network?depth=2", Json);
        using var tooDeep = await http.GetAsync(new Uri($"/api/v1/reports/{root.ConcordReference}/network?depth=4", UriKind.Relative));

        Assert.Equal(new[] { root.ConcordReference, hop.ConcordReference }.Order(StringComparer.Ordinal), one!.Nodes.Where(n => n.Kind == "Report").Select(n => n.ConcordReference).Order(StringComparer.Ordinal));
        Assert.Contains(one.Edges, e => e.Kind == "Holds" && e.From == $"subject:{root.ConcordReference}/S1" && e.To == $"account:{root.ConcordReference}/A1");
        Assert.Contains(one.Edges, e => e.Kind == "AppearsIn" && e.From == $"account:{root.ConcordReference}/A1" && e.To == $"report:{root.ConcordReference}");
        var link = Assert.Single(one.Edges, e => e.Kind == "LinkedBy");
        Assert.Equal(($"account:{hop.ConcordReference}/A1", $"account:{root.ConcordReference}/A1", "Iban", true), (link.From, link.To, link.IdentifierKind, link.OtherBank));
        Assert.False(one.Truncated);
        Assert.Equal(3, two!.Nodes.Count(n => n.Kind == "Report"));
        Assert.Contains(two.Edges, e => e.Kind == "LinkedBy" && e.IdentifierKind == "Phone" && e.From == $"subject:{far.ConcordReference}/S5");
        Assert.All(two.Edges, e => Assert.True(two.Nodes.Any(n => n.Id == e.From) && two.Nodes.Any(n => n.Id == e.To), $"{e.From} → {e.To}"));
        Assert.Equal(HttpStatusCode.BadRequest, tooDeep.StatusCode);
    }

    [Fact]
    public async Task Network_WhenMoreReportsShareAnAccountThanTheNodeBudgetHolds_IsCutAtTheBudgetAndSaysSo()
    {
        // Note: each of these reports brings three nodes (itself, its subject, its account), so 180 of them sharing one
        // IBAN are 540 nodes one step from the first: more than the budget of 500.
        var iban = Iban();
        var reports = Enumerable.Range(0, 180)
            .Select(i => Stored(i % 2 == 0 ? "bank-alpha" : "bank-beta", Report(i % 2 == 0 ? "bank-alpha" : "bank-beta", [Person("S1", "Anna", Family(), Born())], [Account("A1", iban, "S1")])))
            .ToList();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FiuDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Reports.AddRange(reports.Select(r => r.Row));
            await db.SaveChangesAsync();
            await SubjectIndex.IndexAsync(db, [.. reports.Select(r => r.ToIndex)], DateTimeOffset.UtcNow, CancellationToken.None);
            await transaction.CommitAsync();
        }

        using var http = host.ClientFor(FiuHost.OrganisationId);
        var network = await http.GetFromJsonAsync<ReportNetwork>($"/api/v1/reports/{reports[0].Row.ConcordReference}/network?depth=1", Json);

        Assert.True(network!.Truncated);
        Assert.Equal(NetworkBuilder.MaxNodes, network.MaxNodes);
        Assert.InRange(network.Nodes.Count, NetworkBuilder.MaxNodes - 3, NetworkBuilder.MaxNodes);
        Assert.Contains(network.Nodes, n => n.Id == $"report:{reports[0].Row.ConcordReference}");
        Assert.All(network.Edges, e => Assert.True(network.Nodes.Any(n => n.Id == e.From) && network.Nodes.Any(n => n.Id == e.To), $"{e.From} → {e.To}"));
    }

    [Fact]
    public async Task FtmExport_IsOneFollowTheMoneyEntityPerLine_WithTheExpectedSchemas()
    {
        var iban = Iban();
        var company = $"{Family()} Trading Ltd";
        var root = await FileAsync("bank-alpha", Report(
            "bank-alpha",
            [Person("S1", "Anna", Family(), Born()), Company("S2", company, "0" + Random.Shared.Next(1_000_000, 9_999_999))],
            [Account("A1", Iban(), "S1")],
            [Wire(new Counterparty { SubjectId = "S2", Name = company, Iban = iban, InstitutionName = "Beta Bank plc" }), Wire(new Counterparty { Name = "Mark Payee", Iban = Iban(), InstitutionName = "Other Bank" })]));
        await FileAsync("bank-beta", Report("bank-beta", [Company("S1", company.ToUpperInvariant())], [Account("A9", iban, "S1")]));
        using var http = host.ClientFor(FiuHost.OrganisationId);

        using var response = await http.GetAsync(new Uri($"/api/v1/reports/{root.ConcordReference}/network/ftm", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var entities = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.All(entities, e =>
        {
            Assert.Equal([JsonValueKind.String, JsonValueKind.String, JsonValueKind.Object], new[] { e.GetProperty("id"), e.GetProperty("schema"), e.GetProperty("properties") }.Select(p => p.ValueKind));
            Assert.Matches("^[0-9a-f]{40}$", e.GetProperty("id").GetString());
            Assert.All(e.GetProperty("properties").EnumerateObject(), p => Assert.All(p.Value.EnumerateArray(), v => Assert.Equal(JsonValueKind.String, v.ValueKind)));
        });
        Assert.Equal(entities.Count, entities.Select(e => e.GetProperty("id").GetString()).Distinct().Count());
        var schemas = entities.Select(e => e.GetProperty("schema").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Person", "Company", "BankAccount", "Ownership", "Payment", "LegalEntity", "UnknownLink" }, schemas);
        var ids = entities.Select(e => e.GetProperty("id").GetString()).ToHashSet();
        var payment = entities.First(e => e.GetProperty("schema").GetString() == "Payment").GetProperty("properties");
        Assert.Contains(payment.GetProperty("payer")[0].GetString(), ids);
        Assert.Contains(payment.GetProperty("beneficiary")[0].GetString(), ids);
        Assert.Contains(payment.GetProperty("payerAccount")[0].GetString(), ids);
        Assert.Equal(("1250.50", "GBP"), (payment.GetProperty("amount")[0].GetString(), payment.GetProperty("currency")[0].GetString()));
        Assert.DoesNotContain(root.ConcordReference, string.Join(' ', ids), StringComparison.Ordinal);
        var roles = entities.Where(e => e.GetProperty("schema").GetString() == "UnknownLink").Select(e => e.GetProperty("properties").GetProperty("role")[0].GetString()!).Order().ToList();
        Assert.Equal(2, roles.Count);
        Assert.StartsWith("Shared Iban: ", roles[0], StringComparison.Ordinal);
        Assert.StartsWith("Similar entity name (score 1.00): ", roles[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retention_WhenALinkedReportIsPurged_ItsIdentifiersAndLinksGoWithIt()
    {
        var iban = Iban();
        var kept = await FileAsync("bank-alpha", Report("bank-alpha", [Person("S1", "Anna", Family(), Born())], [Account("A1", iban, "S1")]));
        var due = await FileAsync("bank-beta", Report("bank-beta", [Person("S1", "Boris", Family(), Born())], [Account("A1", iban, "S1")]));
        Assert.Equal(1, await host.QueryAsync(db => db.Set<ReportLink>().CountAsync(l => l.ReportId == due.ReportId)));
        await host.QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE received_reports SET retain_until = now() - interval '1 day' WHERE id = {due.ReportId}"));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RetentionPurger<FiuDbContext>>().PurgeDueAsync(CancellationToken.None);
        }

        Assert.Equal(0, await host.QueryAsync(db => db.Set<SubjectIdentifier>().CountAsync(i => i.ReportId == due.ReportId)));
        Assert.Equal(0, await host.QueryAsync(db => db.Set<ReportLink>().CountAsync(l => l.ReportId == due.ReportId || l.LinkedReportId == due.ReportId)));
        Assert.True(await host.QueryAsync(db => db.Set<SubjectIdentifier>().AnyAsync(i => i.ReportId == kept.ReportId)));
    }

    [Fact]
    public async Task IndexAsync_WhenTwoIntakeTransactionsCarryTheSameIbanAtOnce_TheSecondWaitsForTheFirstAndLinksToIt()
    {
        var iban = Iban();
        var first = Stored("bank-alpha", Report("bank-alpha", [Person("S1", "Anna", Family(), Born())], [Account("A1", iban, "S1")]));
        var second = Stored("bank-beta", Report("bank-beta", [Person("S1", "Boris", Family(), Born())], [Account("A2", iban, "S1")]));
        await using var one = host.Services.CreateAsyncScope();
        await using var two = host.Services.CreateAsyncScope();
        var (db1, db2) = (one.ServiceProvider.GetRequiredService<FiuDbContext>(), two.ServiceProvider.GetRequiredService<FiuDbContext>());
        await using var transaction1 = await db1.Database.BeginTransactionAsync();
        await using var transaction2 = await db2.Database.BeginTransactionAsync();
        db1.Reports.Add(first.Row);
        db2.Reports.Add(second.Row);
        await db1.SaveChangesAsync();
        await db2.SaveChangesAsync();
        var pid = await db2.Database.SqlQueryRaw<int>("SELECT pg_backend_pid() AS \"Value\"").SingleAsync();

        await SubjectIndex.IndexAsync(db1, [first.ToIndex], DateTimeOffset.UtcNow, CancellationToken.None);
        var waiting = SubjectIndex.IndexAsync(db2, [second.ToIndex], DateTimeOffset.UtcNow, CancellationToken.None);
        await Eventually.AssertAsync(
            () => host.QueryAsync(async db => await db.Database.SqlQuery<string>($"SELECT coalesce(wait_event_type, '') AS \"Value\" FROM pg_stat_activity WHERE pid = {pid}").SingleAsync() == "Lock"),
            "the second transaction waits for the first's lock on the IBAN");
        Assert.False(waiting.IsCompleted);
        await transaction1.CommitAsync();
        var matched = await waiting;
        await transaction2.CommitAsync();

        Assert.Equal(1, matched.Links);
        var link = await host.QueryAsync(db => db.Set<ReportLink>().SingleAsync(l => l.ReportId == second.Row.Id));
        Assert.Equal((first.Row.Id, IdentifierKind.Iban, false), (link.LinkedReportId, link.Kind, link.SameBank));
    }

    [Fact]
    public async Task OpenApi_DescribesTheMatchingEndpoints()
    {
        using var http = host.AnonymousClient();

        var document = await http.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Path: path.Name, Id: operation.Value.GetProperty("operationId").GetString())))
            .ToList();
        Assert.Contains(("/api/v1/reports/{reference}/links", "GetReportLinks"), operations);
        Assert.Contains(("/api/v1/reports/{reference}/network", "GetReportNetwork"), operations);
        Assert.Contains(("/api/v1/reports/{reference}/network/ftm", "ExportReportNetworkFtm"), operations);
        Assert.Contains(("/api/v1/subjects", "FindSubjects"), operations);
    }

    /// <summary>Files a report as the gateway would and waits for its acknowledgement: by then it is stored, indexed and matched.</summary>
    private async Task<(Guid ReportId, string ConcordReference, string FiuReference)> FileAsync(string bank, SuspiciousActivityReport report)
    {
        var message = Reports.Filed(report, bank);
        await host.PublishAsync(message, Guid.NewGuid());
        var ack = await host.Bus.WaitForAsync<ReportAcknowledged>(a => a.ReportId == message.ReportId, $"{message.ConcordReference} is acknowledged");
        return (message.ReportId, message.ConcordReference, ack.FiuReference);
    }

    /// <summary>A report's row as the intake stores it, acknowledged under its bank's statutory agreement, and what to index.</summary>
    private static (ReceivedReport Row, ReportToIndex ToIndex) Stored(string bank, SuspiciousActivityReport report)
    {
        var message = Reports.Filed(report, bank);
        var envelope = message.Envelope!;
        var row = new ReceivedReport
        {
            Id = message.ReportId,
            ConcordReference = message.ConcordReference,
            BankOrganisationId = bank,
            BankReference = report.BankReference,
            ReportTypeCode = report.ReportTypeCode,
            FiledAt = message.FiledAt,
            ReceivedAt = DateTimeOffset.UtcNow,
            Status = ReceivedReportStatus.Acknowledged,
            FiuReference = FiuReference.New(DateTimeOffset.UtcNow),
            Report = JsonSerializer.Serialize(report, Concord.ServiceDefaults.Messaging.ContractJson.Options),
            AgreementId = envelope.AgreementId,
            AgreementVersion = envelope.AgreementVersion,
            LegalGateway = envelope.LegalGateway,
            RetainUntil = envelope.RetainUntil,
            Envelope = JsonSerializer.Serialize(envelope, Concord.ServiceDefaults.Messaging.ContractJson.Options),
        };
        return (row, new ReportToIndex(row.Id, bank, report));
    }

    private static Transaction Wire(Counterparty counterparty) => new()
    {
        Reference = $"TX-{Guid.NewGuid():N}"[..12],
        OccurredAt = new DateTimeOffset(2026, 10, 20, 11, 0, 0, TimeSpan.Zero),
        Amount = 1250.50m,
        Currency = "GBP",
        Direction = TransactionDirection.Outgoing,
        Channel = "Wire",
        AccountId = "A1",
        Counterparty = counterparty,
    };

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}
