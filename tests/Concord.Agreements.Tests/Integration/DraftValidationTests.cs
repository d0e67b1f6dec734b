using System.Net;
using Concord.Agreements.Endpoints;
using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Concord.Agreements.Tests.Integration;

/// <summary>Bad drafts and gateways over REST: every problem named with its field, nothing stored.</summary>
public sealed class DraftValidationTests(AgreementsHost host) : IClassFixture<AgreementsHost>
{
    public static TheoryData<string, string, string> BadDrafts() => new()
    {
        { "neither", "flows[0].from", "PartyRequired" },
        { "both", "flows[0].from", "AmbiguousParty" },
        { "stranger", "flows[0].to.organisationId", "NotAParty" },
        { "no-kind", "flows[1].to.kind", "NoPartyOfKind" },
        { "window", "validUntil", "BeforeValidFrom" },
        { "past", "validUntil", "InThePast" },
        { "gateway", "legalGateways[0]", "UnknownLegalGateway" },
        { "purpose", "flows[0].purposes[1]", "PurposeNotServed" },
        { "code", "code", "InvalidFormat" },
        { "retention", "flows[0].retention[0].category", "NotInFlow" },
        { "days", "flows[0].retentionDays", "OutOfRange" },
        { "party-twice", "parties[1].organisationId", "Duplicate" },
    };

    [Theory]
    [MemberData(nameof(BadDrafts))]
    public async Task Draft_WhenInvalid_Returns400WithTheFieldAndStoresNothing(string defect, string path, string errorCode)
    {
        var gateway = await host.RegisterGatewayAsync();
        var code = Drafts.NewCode();
        var draft = Break(Drafts.Statutory(code, gateway), defect);
        using var secretariat = await host.ClientAsync(Clients.Secretariat);
        var before = await host.QueryAsync(db => db.Agreements.CountAsync());

        var (status, problem) = await Api.PostAsync(secretariat, "/api/v1/agreements", draft);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains((path, errorCode), Api.FieldErrors(problem));
        Assert.True(problem.GetProperty("errors").TryGetProperty(path, out _), $"errors has no '{path}': {problem}");
        Assert.Equal(before, await host.QueryAsync(db => db.Agreements.CountAsync()));
        Assert.Equal(0, await host.QueryAsync(db => db.Agreements.CountAsync(a => a.Code == code)));
    }

    [Fact]
    public async Task Draft_WhenEverythingIsMissing_ListsEveryRequiredFieldAtOnce()
    {
        using var secretariat = await host.ClientAsync(Clients.Secretariat);

        var (status, problem) = await Api.PostAsync(secretariat, "/api/v1/agreements", Api.Raw("{}"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(
            ["code", "flows", "kind", "legalGateways", "parties", "title", "validFrom", "validUntil"],
            Api.FieldErrors(problem).Select(e => e.Path).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("""{"code":"AGR-X","colour":"blue"}""", "colour")]
    [InlineData("""{"code":"AGR-X","kind":1}""", "kind")]
    [InlineData("""{"code":"AGR-X","kind":"Treaty"}""", "kind")]
    [InlineData("""{"code":"AGR-X","flows":[{"maxMarking":"Purple"}]}""", "flows[0].maxMarking")]
    public async Task Draft_WhenJsonIsMalformed_Returns400AtThePath(string json, string path)
    {
        using var secretariat = await host.ClientAsync(Clients.Secretariat);

        var (status, problem) = await Api.PostAsync(secretariat, "/api/v1/agreements", Api.Raw(json));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal([(path, "MalformedJson")], Api.FieldErrors(problem));
    }

    [Fact]
    public async Task Draft_WhenNotJson_Returns415()
    {
        using var secretariat = await host.ClientAsync(Clients.Secretariat);

        using var response = await secretariat.PostAsync(new Uri("/api/v1/agreements", UriKind.Relative), new StringContent("code=AGR-X"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Draft_WhenCodeIsTaken_Returns409AndStoresNothingNew()
    {
        var first = await host.DraftAsync();
        using var secretariat = await host.ClientAsync(Clients.Secretariat);

        var (status, problem) = await Api.PostAsync(secretariat, "/api/v1/agreements", Drafts.Statutory(first.Code, first.Versions[0].LegalGateways[0], "bank-alpha"));

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains(first.Code, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await host.QueryAsync(db => db.Agreements.CountAsync(a => a.Code == first.Code)));
    }

    [Fact]
    public async Task RegisterGateway_ThenReadIt_ListsAndFindsItByCode()
    {
        var code = await host.RegisterGatewayAsync(Purpose.InformationRequest, Purpose.Analysis);
        using var bank = await host.ClientAsync(Clients.BankAlpha);

        var (status, one) = await Api.GetAsync(bank, $"/api/v1/legal-gateways/{code}");
        var (_, all) = await Api.GetAsync(bank, "/api/v1/legal-gateways");
        var (unknown, _) = await Api.GetAsync(bank, "/api/v1/legal-gateways/XX-NONE");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["InformationRequest", "Analysis"], one.GetProperty("purposes").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("secretariat-demo/secretariat-agreements", one.GetProperty("registeredBy").GetString());
        Assert.Contains(all.EnumerateArray(), g => g.GetProperty("code").GetString() == code);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
    }

    [Fact]
    public async Task RegisterGateway_WhenCodeIsTaken_Returns409()
    {
        var code = await host.RegisterGatewayAsync();
        using var secretariat = await host.ClientAsync(Clients.Secretariat);

        var (status, _) = await Api.PostAsync(secretariat, "/api/v1/legal-gateways", Drafts.Gateway(code) with { Citation = "Something else" });

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("Proceeds of Crime Act 2002, s.330–331 (UK)", await host.QueryAsync(db => db.LegalGateways.Where(g => g.Code == code).Select(g => g.Citation).SingleAsync()));
    }

    [Fact]
    public async Task RegisterGateway_WhenInvalid_NamesEveryFieldAndStoresNothing()
    {
        using var secretariat = await host.ClientAsync(Clients.Secretariat);
        var before = await host.QueryAsync(db => db.LegalGateways.CountAsync());

        var (status, problem) = await Api.PostAsync(secretariat, "/api/v1/legal-gateways",
            new LegalGatewayRequest { Code = "gb-poca", Jurisdiction = "UK", Citation = " ", Purposes = [Purpose.Analysis, Purpose.Analysis] });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(
            [("code", "InvalidFormat"), ("jurisdiction", "UnknownJurisdiction"), ("citation", "Required"), ("description", "Required"), ("purposes[1]", "Duplicate")],
            Api.FieldErrors(problem));
        Assert.Equal(before, await host.QueryAsync(db => db.LegalGateways.CountAsync()));
    }

    [Theory]
    [InlineData("EU")]
    [InlineData("INT")]
    [InlineData("US")]
    public async Task RegisterGateway_WithEuropeanOrInternationalJurisdiction_IsAccepted(string jurisdiction)
    {
        using var secretariat = await host.ClientAsync(Clients.Secretariat);

        var (status, body) = await Api.PostAsync(secretariat, "/api/v1/legal-gateways", Drafts.Gateway(Drafts.NewCode("GW"), Purpose.Analysis) with { Jurisdiction = jurisdiction });

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(jurisdiction, body.GetProperty("jurisdiction").GetString());
    }

    private static AgreementDraftRequest Break(AgreementDraftRequest draft, string defect)
    {
        var flows = draft.Flows!.Select(f => f!).ToList();
        return defect switch
        {
            "neither" => draft with { Flows = [flows[0] with { From = new FlowPartyRequest() }, flows[1]] },
            "both" => draft with { Flows = [flows[0] with { From = new FlowPartyRequest { OrganisationId = "bank-gamma", Kind = OrganisationKind.Bank } }, flows[1]] },
            "stranger" => draft with { Flows = [flows[0] with { To = new FlowPartyRequest { OrganisationId = "fiu-nl" } }, flows[1]] },
            "no-kind" => draft with { Flows = [flows[0], flows[1] with { To = new FlowPartyRequest { Kind = OrganisationKind.Prosecutor } }] },
            "window" => draft with { ValidUntil = draft.ValidFrom },
            "past" => draft with { ValidFrom = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), ValidUntil = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero) },
            "gateway" => draft with { LegalGateways = ["XX-NOT-REGISTERED"] },
            "purpose" => draft with { Flows = [flows[0] with { Purposes = [Purpose.SuspicionReporting, Purpose.Investigation] }, flows[1]] },
            "code" => draft with { Code = "agr-lower-case" },
            "retention" => draft with { Flows = [flows[0] with { Retention = [new RetentionRequest { Category = DataCategory.Outcome, Days = 30 }] }, flows[1]] },
            "days" => draft with { Flows = [flows[0] with { RetentionDays = 0 }, flows[1]] },
            "party-twice" => draft with { Parties = [draft.Parties![0], draft.Parties[0]] },
            _ => throw new ArgumentOutOfRangeException(nameof(defect), defect, null),
        };
    }
}
