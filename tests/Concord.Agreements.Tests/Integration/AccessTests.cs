using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Concord.Agreements.Endpoints;
using Concord.Testing;
using Xunit;

namespace Concord.Agreements.Tests.Integration;

/// <summary>Audience, scopes and organisations decide who reads and changes what; nothing leaks across organisations.</summary>
public sealed class AccessTests(AgreementsHost host) : IClassFixture<AgreementsHost>
{
    [Fact]
    public async Task Read_WithoutTokenOrWithAFilingToken_Returns401()
    {
        using var anonymous = host.Service.CreateClient();
        using var filing = await host.ClientAsync(Clients.BankAlphaFiling);
        using var garbage = host.Service.CreateClient();
        garbage.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        foreach (var http in new[] { anonymous, filing, garbage })
        {
            var (status, _) = await Api.GetAsync(http, "/api/v1/agreements");
            var (draft, _) = await Api.PostAsync(http, "/api/v1/agreements", Api.Raw("{}"));
            Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (status, draft));
        }
    }

    [Fact]
    public async Task Manage_WithAPartyToken_Returns403AndStoresNothing()
    {
        var gateway = await host.RegisterGatewayAsync();
        var code = Drafts.NewCode();
        using var bank = await host.ClientAsync(Clients.BankAlpha);

        var (draft, _) = await Api.PostAsync(bank, "/api/v1/agreements", Drafts.Statutory(code, gateway, "bank-alpha"));
        var (register, _) = await Api.PostAsync(bank, "/api/v1/legal-gateways", Drafts.Gateway(Drafts.NewCode("GW")));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (draft, register));
        using var secretariat = await host.ClientAsync(Clients.Secretariat);
        var (_, page) = await Api.GetAsync(secretariat, $"/api/v1/agreements?code={code}");
        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Rest_WithAReplicaToken_Returns403()
    {
        using var replica = await host.ClientAsync(Clients.FiuReplica);

        var (list, _) = await Api.GetAsync(replica, "/api/v1/agreements");
        var (gateways, _) = await Api.GetAsync(replica, "/api/v1/legal-gateways");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (list, gateways));
    }

    [Fact]
    public async Task Get_WhenAnotherOrganisationAsks_Returns404IdenticalToAnUnknownId()
    {
        var agreement = await host.ActiveAsync("bank-alpha");
        using var beta = await host.ClientAsync(Clients.BankBeta);

        using var foreign = await beta.GetAsync(new Uri($"/api/v1/agreements/{agreement.Id}", UriKind.Relative));
        var unknownId = Guid.NewGuid();
        using var unknown = await beta.GetAsync(new Uri($"/api/v1/agreements/{unknownId}", UriKind.Relative));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (foreign.StatusCode, unknown.StatusCode));
        var foreignBody = await foreign.Content.ReadAsStringAsync();
        var unknownBody = await unknown.Content.ReadAsStringAsync();
        Assert.Equal(Without(unknownBody, unknownId), Without(foreignBody, agreement.Id));
        Assert.DoesNotContain(agreement.Code, foreignBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ShowsAPartyOnlyItsAgreements_AndOversightAndSecretariatAll()
    {
        var alphas = await host.ActiveAsync("bank-alpha");
        var gammas = await host.DraftAsync("bank-gamma");

        var beta = await ListAsync(Clients.BankBeta, "");
        var betaAskingForAlpha = await ListAsync(Clients.BankBeta, "?party=bank-alpha");
        var alpha = await ListAsync(Clients.BankAlpha, "?pageSize=200");
        var oversight = await ListAsync(Clients.Oversight, "?pageSize=200");
        var secretariat = await ListAsync(Clients.Secretariat, "?pageSize=200&status=Draft");

        Assert.DoesNotContain(beta.Items, a => a.Id == alphas.Id || a.Id == gammas.Id);
        Assert.Equal(0, betaAskingForAlpha.Total);
        Assert.Contains(alpha.Items, a => a.Id == alphas.Id);
        Assert.DoesNotContain(alpha.Items, a => a.Id == gammas.Id);
        Assert.All(alpha.Items, a => Assert.Contains("bank-alpha", a.Parties));
        Assert.Contains(oversight.Items, a => a.Id == alphas.Id);
        Assert.Contains(oversight.Items, a => a.Id == gammas.Id);
        Assert.Contains(secretariat.Items, a => a.Id == gammas.Id);
        Assert.All(secretariat.Items, a => Assert.Equal(Contracts.Agreements.AgreementStatus.Draft, a.Status));
    }

    [Theory]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task List_WhenPagingIsOutOfRange_Returns400(string query, string field)
    {
        using var http = await host.ClientAsync(Clients.Oversight);

        var (status, problem) = await Api.GetAsync(http, $"/api/v1/agreements?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal([(field, "OutOfRange")], Api.FieldErrors(problem));
    }

    [Fact]
    public async Task Checkpoints_AreForOversightAndTheSecretariatOnly()
    {
        using var oversight = await host.ClientAsync(Clients.Oversight);
        using var secretariat = await host.ClientAsync(Clients.Secretariat);
        using var bank = await host.ClientAsync(Clients.BankAlpha);

        var (byOversight, _) = await Api.GetAsync(oversight, "/api/v1/audit/checkpoints/fiu");
        var (bySecretariat, _) = await Api.GetAsync(secretariat, "/api/v1/audit/checkpoints/fiu");
        var (byBank, _) = await Api.GetAsync(bank, "/api/v1/audit/checkpoints/fiu");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden), (byOversight, bySecretariat, byBank));
    }

    [Fact]
    public async Task Health_WhenAnonymous_AnswersLiveAndReady()
    {
        using var http = host.Service.CreateClient();

        using var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
        var ready = await Eventually.GetAsync(async () => (await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode,
            status => status == HttpStatusCode.OK, "the service is ready");
        using var openApi = await http.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (live.StatusCode, ready, openApi.StatusCode));
        Assert.Contains("/api/v1/agreements/{id}/approvals", await openApi.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<AgreementPage> ListAsync((string Id, string Secret, string Scope) client, string query)
    {
        using var http = await host.ClientAsync(client);
        var (status, body) = await Api.GetAsync(http, $"/api/v1/agreements{query}");
        Assert.Equal(HttpStatusCode.OK, status);
        return body.Deserialize<AgreementPage>(Api.Json)!;
    }

    /// <summary>The problem without what differs between any two answers (the trace id) and with the id asked for blanked.</summary>
    private static string Without(string body, Guid id)
    {
        var problem = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(body)!;
        problem.Remove("traceId");
        return JsonSerializer.Serialize(problem.OrderBy(p => p.Key, StringComparer.Ordinal)).Replace(id.ToString(), "{id}", StringComparison.Ordinal);
    }
}
