using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Concord.ServiceDefaults.Authentication;
using Concord.Testing;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Concord.Identity.Tests;

/// <summary>
/// The contract with every other service: a token from this server is accepted by the fail-closed bearer
/// authentication of the service defaults (issuer, audience, at+jwt, signature through discovery), and only there.
/// </summary>
public sealed class ResourceServerTests(IdentityServerFixture server) : IClassFixture<IdentityServerFixture>, IAsyncLifetime
{
    private WebApplication? _gateway;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration["Concord:Auth:Authority"] = IdentityHost.Issuer;
        builder.Configuration["Concord:Auth:Audience"] = "concord-bank-gateway";
        builder.Configuration["Concord:Auth:RequireHttpsMetadata"] = "false";
        builder.AddConcordAuthentication();
        // Note: the in-process identity server has no socket; discovery and keys are fetched through its test handler.
        builder.Services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            options.BackchannelHttpHandler = server.Factory.Server.CreateHandler());

        _gateway = builder.Build();
        _gateway.UseAuthentication();
        _gateway.UseAuthorization();
        _gateway.MapGet("/whoami", (ClaimsPrincipal caller) => caller.GetOrganisationId()).RequireAuthorization(ConcordPolicies.Bank);
        await _gateway.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }
    }

    [Fact]
    public async Task BearerAuthentication_WhenBankTokenPresented_AcceptsItAndReadsTheOrganisation()
    {
        using var identity = server.CreateClient();
        var token = await TokenClient.AccessTokenAsync(identity, DemoClients.BankAlpha.Id, DemoClients.BankAlpha.Secret, DemoClients.BankAlpha.Scope);

        using var response = await CallGatewayAsync(token.EncodedToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("bank-alpha", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task BearerAuthentication_WhenTokenIsForAnotherAudience_RejectsIt()
    {
        using var identity = server.CreateClient();
        var token = await TokenClient.AccessTokenAsync(identity, DemoClients.Fiu.Id, DemoClients.Fiu.Secret, DemoClients.Fiu.Scope);

        using var response = await CallGatewayAsync(token.EncodedToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<HttpResponseMessage> CallGatewayAsync(string accessToken)
    {
        using var http = _gateway!.GetTestClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/whoami", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await http.SendAsync(request);
    }
}
