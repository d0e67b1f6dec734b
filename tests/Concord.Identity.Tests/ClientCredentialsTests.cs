using System.Net;
using Concord.Contracts.Sharing;
using Concord.ServiceDefaults;
using Concord.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using Xunit;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Concord.Identity.Tests;

public sealed class ClientCredentialsTests(IdentityServerFixture server) : IClassFixture<IdentityServerFixture>
{
    [Fact]
    public async Task Token_WhenBankFilingClientAsksForFilingScope_CarriesItsOrganisationAndTheGatewayAudience()
    {
        using var http = server.CreateClient();

        var token = await TokenClient.AccessTokenAsync(http, DemoClients.BankAlpha.Id, DemoClients.BankAlpha.Secret, DemoClients.BankAlpha.Scope);

        Assert.Equal("at+jwt", token.Typ);
        Assert.Equal(IdentityHost.Issuer, token.Issuer);
        Assert.Equal(["concord-bank-gateway"], token.Audiences);
        Assert.Equal("bank-alpha-filing", token.GetClaim(ConcordClaims.Subject).Value);
        Assert.Equal("bank-alpha-filing", token.GetClaim(ConcordClaims.ClientId).Value);
        Assert.Equal("bank-alpha", token.GetClaim(ConcordClaims.Organisation).Value);
        Assert.Equal("Bank", token.GetClaim(ConcordClaims.OrganisationKind).Value);
        Assert.Equal("GB", token.GetClaim(ConcordClaims.Jurisdiction).Value);
        Assert.Equal("concord.filing", token.GetClaim(ConcordClaims.Scope).Value);
        Assert.Equal("Alpha Bank plc filing system", token.GetClaim(Claims.Name).Value);
        Assert.Equal(TimeSpan.FromMinutes(15), token.ValidTo - token.IssuedAt);
    }

    [Fact]
    public async Task Token_WhenFiuSystemAsksForFiuScope_CarriesFiuKindAndFiuAudience()
    {
        using var http = server.CreateClient();

        var token = await TokenClient.AccessTokenAsync(http, DemoClients.Fiu.Id, DemoClients.Fiu.Secret, DemoClients.Fiu.Scope);

        Assert.Equal(["concord-fiu"], token.Audiences);
        Assert.Equal("fiu-gb", token.GetClaim(ConcordClaims.Organisation).Value);
        Assert.Equal("Fiu", token.GetClaim(ConcordClaims.OrganisationKind).Value);
    }

    [Fact]
    public async Task Token_WhenNoScopeRequested_GrantsTheClientsRegisteredScopes()
    {
        using var http = server.CreateClient();

        var token = await TokenClient.AccessTokenAsync(http, DemoClients.BankBeta.Id, DemoClients.BankBeta.Secret);

        Assert.Equal("concord.agreements concord.filing concord.typology.read", token.GetClaim(ConcordClaims.Scope).Value);
        Assert.Equal(["concord-agreements", "concord-bank-gateway", "concord-typology"], token.Audiences.Order(StringComparer.Ordinal));
        Assert.Equal("bank-beta", token.GetClaim(ConcordClaims.Organisation).Value);
    }

    [Fact]
    public async Task Token_WhenValidatedLikeAResourceServer_PassesSignatureIssuerAudienceAndTypeChecks()
    {
        using var http = server.CreateClient();
        var token = await TokenClient.AccessTokenAsync(http, DemoClients.BankAlpha.Id, DemoClients.BankAlpha.Secret, DemoClients.BankAlpha.Scope);

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token.EncodedToken, new TokenValidationParameters
        {
            ValidIssuer = IdentityHost.Issuer,
            ValidAudience = "concord-bank-gateway",
            ValidTypes = ["at+jwt"],
            IssuerSigningKeys = await TokenClient.PublishedSigningKeysAsync(http),
            RequireSignedTokens = true,
        });

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Contains(await TokenClient.PublishedSigningKeysAsync(http), key => key.KeyId == token.Kid);
    }

    [Fact]
    public async Task Token_WhenAudienceIsAnotherService_FailsResourceServerValidation()
    {
        using var http = server.CreateClient();
        var token = await TokenClient.AccessTokenAsync(http, DemoClients.BankAlpha.Id, DemoClients.BankAlpha.Secret, DemoClients.BankAlpha.Scope);

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token.EncodedToken, new TokenValidationParameters
        {
            ValidIssuer = IdentityHost.Issuer,
            ValidAudience = "concord-fiu",
            IssuerSigningKeys = await TokenClient.PublishedSigningKeysAsync(http),
        });

        Assert.False(result.IsValid);
        Assert.IsType<SecurityTokenInvalidAudienceException>(result.Exception);
    }

    [Fact]
    public async Task Token_WhenScopeNotAllowedForClient_ReturnsInvalidScope()
    {
        using var http = server.CreateClient();

        var (status, body) = await TokenClient.ClientCredentialsAsync(http, DemoClients.BankAlpha.Id, DemoClients.BankAlpha.Secret, "concord.fiu");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(Errors.InvalidScope, body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_WhenScopeUnknown_ReturnsInvalidScope()
    {
        using var http = server.CreateClient();

        var (status, body) = await TokenClient.ClientCredentialsAsync(http, DemoClients.BankAlpha.Id, DemoClients.BankAlpha.Secret, "concord.everything");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(Errors.InvalidScope, body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_WhenSecretWrong_ReturnsInvalidClient()
    {
        using var http = server.CreateClient();

        var (status, body) = await TokenClient.ClientCredentialsAsync(http, DemoClients.BankAlpha.Id, "demo-bank-beta-secret", DemoClients.BankAlpha.Scope);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(Errors.InvalidClient, body.GetProperty("error").GetString());
        Assert.False(body.TryGetProperty("access_token", out _));
    }

    [Theory]
    [InlineData("secretariat-agreements", "demo-secretariat-secret", "concord.agreements concord.agreements.manage", "secretariat-demo", "Oversight")]
    [InlineData("oversight-demo-audit", "demo-oversight-secret", "concord.agreements", "oversight-demo", "Oversight")]
    [InlineData("bank-gamma-filing", "demo-bank-gamma-secret", "concord.agreements", "bank-gamma", "Bank")]
    [InlineData("bank-gateway-service", "demo-bank-gateway-service-secret", "concord.agreements.replica", "secretariat-demo", "Oversight")]
    [InlineData("fiu-gb-service", "demo-fiu-gb-service-secret", "concord.agreements.replica", "fiu-gb", "Fiu")]
    public async Task Token_WhenAgreementsScopesRequested_CarriesTheAgreementsAudienceOnly(string clientId, string secret, string scope, string organisation, string kind)
    {
        using var http = server.CreateClient();

        var token = await TokenClient.AccessTokenAsync(http, clientId, secret, scope);

        Assert.Equal(["concord-agreements"], token.Audiences);
        Assert.Equal(scope, token.GetClaim(ConcordClaims.Scope).Value);
        Assert.Equal((organisation, kind), (token.GetClaim(ConcordClaims.Organisation).Value, token.GetClaim(ConcordClaims.OrganisationKind).Value));
    }

    [Fact]
    public async Task Token_WhenReplicaClientAsksForTheManageScope_ReturnsInvalidScope()
    {
        using var http = server.CreateClient();

        var (status, body) = await TokenClient.ClientCredentialsAsync(http, "bank-gateway-service", "demo-bank-gateway-service-secret", "concord.agreements.manage");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(Errors.InvalidScope, body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_WhenClientUnknown_ReturnsInvalidClient()
    {
        using var http = server.CreateClient();

        var (status, body) = await TokenClient.ClientCredentialsAsync(http, "bank-delta-filing", "guess", "concord.filing");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(Errors.InvalidClient, body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_WhenPublicConsoleTriesClientCredentials_IsRefused()
    {
        using var http = server.CreateClient();

        var (status, body) = await TokenClient.RequestAsync(http, ("grant_type", "client_credentials"), ("client_id", "concord-console"), ("scope", "concord.fiu"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task Token_WhenClientHasNoOrganisation_ReturnsInvalidClientAndNoToken()
    {
        var clientId = $"unlinked-{Guid.NewGuid():N}";
        await server.WithServicesAsync(async services =>
        {
            var applications = services.GetRequiredService<IOpenIddictApplicationManager>();
            var descriptor = new OpenIddictApplicationDescriptor { ClientId = clientId, ClientSecret = "unlinked-secret", ClientType = ClientTypes.Confidential };
            descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + "concord.filing"]);
            return await applications.CreateAsync(descriptor);
        });
        using var http = server.CreateClient();

        var (status, body) = await TokenClient.ClientCredentialsAsync(http, clientId, "unlinked-secret", "concord.filing");

        Assert.Equal(Errors.InvalidClient, body.GetProperty("error").GetString());
        Assert.Contains("not linked to an organisation", body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.False(body.TryGetProperty("access_token", out _));
    }
}
