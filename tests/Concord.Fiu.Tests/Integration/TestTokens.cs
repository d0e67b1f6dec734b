using System.Security.Cryptography;
using Concord.ServiceDefaults;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Concord.Fiu.Tests.Integration;

/// <summary>
/// Access tokens signed with a key of the test's own, trusted by the FIU in place of the identity server's
/// metadata. Everything else about validation (issuer, audience, lifetime, <c>at+jwt</c>) stays as in production.
/// </summary>
internal static class TestTokens
{
    /// <summary>Nothing listens here: the FIU must never need to reach the identity server in these tests.</summary>
    public const string Authority = "http://127.0.0.1:1/";

    public const string Audience = "concord-fiu";

    private static readonly RsaSecurityKey Key = new(RSA.Create(2048)) { KeyId = "fiu-tests" };

    public static void Trust(IServiceCollection services)
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = Authority };
        configuration.SigningKeys.Add(Key);
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration));
    }

    public static string Issue(string organisationId, string organisationKind, string audience = Audience, string tokenType = "at+jwt", string? scope = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = audience,
            TokenType = tokenType,
            Expires = DateTime.UtcNow.AddMinutes(10),
            Claims = new Dictionary<string, object>
            {
                [ConcordClaims.Subject] = $"{organisationId}-analyst",
                [ConcordClaims.ClientId] = $"{organisationId}-console",
                [ConcordClaims.Organisation] = organisationId,
                [ConcordClaims.OrganisationKind] = organisationKind,
                [ConcordClaims.Scope] = scope ?? "concord.fiu",
            },
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.RsaSha256),
        });
}
