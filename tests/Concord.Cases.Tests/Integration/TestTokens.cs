using System.Security.Cryptography;
using Concord.ServiceDefaults;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Concord.Cases.Tests.Integration;

/// <summary>
/// Access tokens signed with a key of the test's own, trusted by the service in place of the identity server's
/// metadata. Everything else about validation (issuer, audience, lifetime, <c>at+jwt</c>) stays as in production.
/// </summary>
internal static class TestTokens
{
    /// <summary>Nothing listens here: the service must never need to reach the identity server in these tests.</summary>
    public const string Authority = "http://127.0.0.1:1/";

    public const string Audience = "concord-cases";

    private static readonly RsaSecurityKey Key = new(RSA.Create(2048)) { KeyId = "cases-tests" };

    public static void Trust(IServiceCollection services)
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = Authority };
        configuration.SigningKeys.Add(Key);
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration));
    }

    /// <param name="client">The client id, which is also the token's subject for client credentials (null leaves both out).</param>
    public static string Issue(string organisationId, string organisationKind, string? client, string scope, string audience = Audience) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = audience,
            TokenType = "at+jwt",
            Expires = DateTime.UtcNow.AddMinutes(10),
            Claims = new Dictionary<string, object>(client is null ? [] : [new(ConcordClaims.Subject, client), new(ConcordClaims.ClientId, client)])
            {
                [ConcordClaims.Organisation] = organisationId,
                [ConcordClaims.OrganisationKind] = organisationKind,
                [ConcordClaims.Scope] = scope,
            },
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.RsaSha256),
        });
}
