using System.Security.Cryptography;
using Concord.ServiceDefaults;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Concord.Testing;

/// <summary>
/// Access tokens signed with a key of the test's own, trusted by a service hosted in the test in place of the identity
/// server's metadata. Everything else about validation (issuer, audience, lifetime, <c>at+jwt</c>) stays as in
/// production. Compiled into the test projects that host a service (they reference its authentication packages).
/// </summary>
internal static class SelfSignedTokens
{
    /// <summary>Nothing listens here: the service must never need to reach the identity server in these tests.</summary>
    public const string Authority = "http://127.0.0.1:1/";

    private static readonly RsaSecurityKey Key = new(RSA.Create(2048)) { KeyId = "concord-tests" };

    /// <summary>Makes the service's bearer authentication trust this test's key, and only it.</summary>
    public static void Trust(IServiceCollection services)
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = Authority };
        configuration.SigningKeys.Add(Key);
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration));
    }

    /// <param name="subject">The token's <c>sub</c> (null leaves it out).</param>
    /// <param name="clientId">The token's <c>client_id</c> (null leaves it out).</param>
    public static string Issue(
        string audience, string organisationId, string organisationKind, string? subject, string? clientId, string scope, string tokenType = "at+jwt")
    {
        var claims = new Dictionary<string, object>
        {
            [ConcordClaims.Organisation] = organisationId,
            [ConcordClaims.OrganisationKind] = organisationKind,
            [ConcordClaims.Scope] = scope,
        };
        if (subject is not null)
        {
            claims[ConcordClaims.Subject] = subject;
        }

        if (clientId is not null)
        {
            claims[ConcordClaims.ClientId] = clientId;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = audience,
            TokenType = tokenType,
            Expires = DateTime.UtcNow.AddMinutes(10),
            Claims = claims,
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.RsaSha256),
        });
    }
}
