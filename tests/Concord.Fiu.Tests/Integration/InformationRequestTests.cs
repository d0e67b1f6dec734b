using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Contracts.Requests;
using Concord.Contracts.Sharing;
using Concord.Fiu.Persistence;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Retention;
using Concord.ServiceDefaults.Messaging;
using Concord.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Concord.Fiu.Tests.Integration.RequestBodies;

namespace Concord.Fiu.Tests.Integration;

/// <summary>
/// The analysts ask banks for information: each bank its own copy under the agreement's basis, or nothing at all; a
/// request not valid stores nothing; the list by state.
/// </summary>
public sealed class InformationRequestTests(PartnershipFiu fixture) : IClassFixture<PartnershipFiu>
{
    private FiuHost Host => fixture.Host;

    [Fact]
    public async Task Send_ToTwoBanks_SendsEachItsOwnCopyUnderTheAgreementNamingNoOtherBank()
    {
        using var analyst = Host.ClientFor(FiuHost.OrganisationId);

        var request = await SendAsync(analyst, Request(["bank-alpha", "bank-beta"]));

        var reference = request.GetProperty("reference").GetString()!;
        Assert.Matches("^RFI-\\d{4}-[0-9A-Z]{10}$", reference);
        Assert.Equal(("Open", false, DemoPartnership.Code), (request.GetProperty("status").GetString(), request.GetProperty("overdue").GetBoolean(), request.GetProperty("agreement").GetString()));
        var alphaReference = BankReference(request, "bank-alpha");
        var betaReference = BankReference(request, "bank-beta");
        Assert.Equal(3, new HashSet<string> { reference, alphaReference, betaReference }.Count);
        Assert.All(request.GetProperty("recipients").EnumerateArray(), r => Assert.Equal("Sent", r.GetProperty("status").GetString()));

        foreach (var (bank, bankReference, other) in new[] { ("bank-alpha", alphaReference, "bank-beta"), ("bank-beta", betaReference, "bank-alpha") })
        {
            var sent = await Host.Bus.WaitForAsync<InformationRequested>(m => m.RequestReference == bankReference, $"{bank}'s copy is sent");
            var envelope = Assert.IsType<SharingEnvelope>(sent.Envelope);
            Assert.Equal(bank, sent.BankOrganisationId);
            Assert.Equal([bank], envelope.Recipients);
            Assert.Equal((DemoPartnership.Id, DemoPartnership.Gateway, Purpose.InformationRequest), (envelope.AgreementId, envelope.LegalGateway, envelope.Purpose));
            Assert.Equal([DataCategory.SubjectIdentity], envelope.DataCategories);
            Assert.Equal((Tlp.AmberStrict, OnwardSharingRule.Prohibited), (envelope.Handling.Marking, envelope.Handling.OnwardSharing));
            Assert.Equal([bankReference], envelope.Lineage);
            Assert.InRange(envelope.RetainUntil, DateTimeOffset.UtcNow.AddDays(364), DateTimeOffset.UtcNow.AddDays(365));
            Assert.Equal(["S1", "S2"], sent.Subjects.Select(s => s.LocalId));
            Assert.Equal(SharedIban, sent.Subjects[0].Accounts[0].Iban);
            // Note: nothing in a bank's copy names the other bank, the analysts' reference or the other copy.
            var wire = JsonSerializer.Serialize(sent, ContractJson.Options);
            Assert.DoesNotContain(other, wire, StringComparison.Ordinal);
            Assert.DoesNotContain(reference, wire, StringComparison.Ordinal);
        }

        var decisions = await Host.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Subject == $"information-request:{reference}").ToListAsync());
        Assert.Equal(2, decisions.Count);
        Assert.All(decisions, e => Assert.Equal((AuditKind.Dissemination, AuditOutcome.Permitted, DemoPartnership.Id), (e.Kind, e.Outcome, e.AgreementId!.Value)));
    }

    [Fact]
    public async Task Send_ToAllBanks_AsksEveryBankOfTheAgreementAndNoOtherParty()
    {
        using var analyst = Host.ClientFor(FiuHost.OrganisationId);

        var request = await SendAsync(analyst, Request(allBanks: true));

        Assert.Equal(["bank-alpha", "bank-beta"], request.GetProperty("recipients").EnumerateArray().Select(r => r.GetProperty("bank").GetString()));
        var stored = await Host.QueryAsync(db => db.InformationRequests.SingleAsync(r => r.Reference == request.GetProperty("reference").GetString()));
        Assert.True(stored.AllBanks);
    }

    [Fact]
    public async Task Send_WhenABankHasNoBasis_Returns403NamingTheBankAndStoresAndSendsNothing()
    {
        using var analyst = Host.ClientFor(FiuHost.OrganisationId);
        await Host.SettleAsync();
        var (requestsBefore, sentBefore) = (await Host.QueryAsync(db => db.InformationRequests.CountAsync()), Host.Bus.Received<InformationRequested>().Count);

        using var response = await analyst.PostAsync(new Uri("/api/v1/information-requests", UriKind.Relative), Content(Request(["bank-alpha", "bank-gamma"])));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://concord.dev/problems/no-legal-basis", problem.GetProperty("type").GetString());
        var error = Assert.Single(problem.GetProperty("fieldErrors").EnumerateArray());
        Assert.Equal(("banks[1]", "recipient-not-party"), (error.GetProperty("path").GetString(), error.GetProperty("code").GetString()));
        Assert.Contains("bank-gamma", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(DemoPartnership.Code, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        await Host.SettleAsync();
        Assert.Equal((requestsBefore, sentBefore), (await Host.QueryAsync(db => db.InformationRequests.CountAsync()), Host.Bus.Received<InformationRequested>().Count));
        var refusal = await Host.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.Action == "send information request for bank-gamma"));
        Assert.Equal((AuditOutcome.Denied, "recipient-not-party"), (refusal.Outcome, refusal.Reasons));
    }

    [Fact]
    public async Task Send_UnderAnAgreementWithoutARequestFlow_Returns403PurposeNotCovered()
    {
        using var analyst = Host.ClientFor(FiuHost.OrganisationId);

        using var response = await analyst.PostAsync(new Uri("/api/v1/information-requests", UriKind.Relative), Content(Request(["bank-alpha"], agreement: "AGR-GB-STAT-ALPHA")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldErrors").EnumerateArray());
        Assert.Equal(("banks[0]", "purpose-not-covered"), (error.GetProperty("path").GetString(), error.GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData("no subjects", "subjects", "Required")]
    [InlineData("101 subjects", "subjects", "TooMany")]
    [InlineData("deadline passed", "deadline", "DeadlinePassed")]
    [InlineData("deadline too far", "deadline", "DeadlineTooFar")]
    [InlineData("no deadline", "deadline", "Required")]
    [InlineData("unknown agreement", "agreement", "UnknownAgreement")]
    [InlineData("banks and allBanks", "banks", "BanksOrAllBanks")]
    [InlineData("neither banks nor allBanks", "banks", "BanksOrAllBanks")]
    [InlineData("a bank twice", "banks[1]", "Duplicate")]
    [InlineData("a subject id twice", "subjects[1].localId", "Duplicate")]
    [InlineData("no kind", "subjects[0].kind", "Required")]
    [InlineData("a person without a family name", "subjects[0].person.familyName", "Required")]
    [InlineData("a bad IBAN", "subjects[0].accounts[0].iban", "InvalidIban")]
    [InlineData("an account without a number", "subjects[1].accounts[0].accountNumber", "Required")]
    [InlineData("no reason", "reason", "Required")]
    [InlineData("an unknown member", "urgency", "MalformedJson")]
    [InlineData("a number for the kind", "subjects[0].kind", "MalformedJson")]
    public async Task Send_WhenTheRequestIsNotValid_Returns400NamingTheFieldAndStoresNothing(string mistake, string path, string code)
    {
        using var analyst = Host.ClientFor(FiuHost.OrganisationId);
        var body = Request(["bank-alpha"]);
        Spoil(body, mistake);
        var before = await Host.QueryAsync(db => db.InformationRequests.CountAsync());

        using var response = await analyst.PostAsync(new Uri("/api/v1/information-requests", UriKind.Relative), Content(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(problem.GetProperty("fieldErrors").EnumerateArray(), e => e.GetProperty("path").GetString() == path && e.GetProperty("code").GetString() == code);
        Assert.Equal(before, await Host.QueryAsync(db => db.InformationRequests.CountAsync()));
    }

    [Fact]
    public async Task List_FiltersByStateAndPagesNewestFirst()
    {
        using var analyst = Host.ClientFor(FiuHost.OrganisationId);
        var first = (await SendAsync(analyst, Request(["bank-alpha"]))).GetProperty("reference").GetString()!;
        var second = (await SendAsync(analyst, Request(["bank-beta"]))).GetProperty("reference").GetString()!;
        using (var withdrawn = await analyst.PostAsync(new Uri($"/api/v1/information-requests/{first}/withdraw", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        }

        var open = await analyst.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/information-requests?status=Open&pageSize=200", UriKind.Relative));
        var closed = await analyst.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/information-requests?status=Closed&pageSize=200", UriKind.Relative));
        var newest = await analyst.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/information-requests?pageSize=1", UriKind.Relative));
        using var badPage = await analyst.GetAsync(new Uri("/api/v1/information-requests?pageSize=201", UriKind.Relative));

        Assert.Contains(References(open), r => r == second);
        Assert.DoesNotContain(References(open), r => r == first);
        Assert.Contains(References(closed), r => r == first);
        Assert.Equal([second], References(newest));
        Assert.True(newest.GetProperty("total").GetInt32() >= 2);
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
    }

    [Fact]
    public async Task Get_ByABanksReference_FindsTheRequest_AndAnUnknownOneIs404()
    {
        using var analyst = Host.ClientFor(FiuHost.OrganisationId);
        var request = await SendAsync(analyst, Request(["bank-alpha"]));

        var byBankReference = await GetAsync(analyst, BankReference(request, "bank-alpha"));
        using var unknown = await analyst.GetAsync(new Uri("/api/v1/information-requests/RFI-2026-0000000000", UriKind.Relative));

        Assert.Equal(request.GetProperty("reference").GetString(), byBankReference.GetProperty("reference").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("bank-alpha", "Bank")]
    [InlineData("fiu-nl", "Fiu")]
    public async Task Requests_WhenTheCallerIsNotThisFiu_Return403(string organisation, string kind)
    {
        using var caller = Host.ClientFor(organisation, kind);

        using var send = await caller.PostAsync(new Uri("/api/v1/information-requests", UriKind.Relative), Content(Request(["bank-alpha"])));
        using var list = await caller.GetAsync(new Uri("/api/v1/information-requests", UriKind.Relative));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (send.StatusCode, list.StatusCode));
    }

    private static List<string?> References(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString())];

    private static void Spoil(JsonObject body, string mistake)
    {
        var subjects = body["subjects"]!.AsArray();
        switch (mistake)
        {
            case "no subjects": body["subjects"] = new JsonArray(); break;
            case "101 subjects": body["subjects"] = new JsonArray([.. Enumerable.Range(1, 101).Select(i => (JsonNode)Person($"S{i}"))]); break;
            case "deadline passed": body["deadline"] = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O"); break;
            case "deadline too far": body["deadline"] = DateTimeOffset.UtcNow.AddDays(91).ToString("O"); break;
            case "no deadline": body.Remove("deadline"); break;
            case "unknown agreement": body["agreement"] = "AGR-NOWHERE"; break;
            case "banks and allBanks": body["allBanks"] = true; break;
            case "neither banks nor allBanks": body.Remove("banks"); break;
            case "a bank twice": body["banks"] = new JsonArray("bank-alpha", "bank-alpha"); break;
            case "a subject id twice": subjects[1]!["localId"] = "S1"; break;
            case "no kind": subjects[0]!.AsObject().Remove("kind"); break;
            case "a person without a family name": subjects[0]!["person"]!.AsObject().Remove("familyName"); break;
            case "a bad IBAN": subjects[0]!["accounts"]![0]!["iban"] = "GB00BUKB20201555555555"; break;
            case "an account without a number": subjects[1]!["accounts"]![0]!.AsObject().Remove("accountNumber"); break;
            case "no reason": body["reason"] = " "; break;
            case "an unknown member": body["urgency"] = "high"; break;
            case "a number for the kind": subjects[0]!["kind"] = 0; break;
            default: throw new ArgumentOutOfRangeException(nameof(mistake), mistake, "No such mistake.");
        }
    }
}
