using Concord.Contracts.Sharing;
using Concord.Identity.Configuration;
using Concord.Identity.Keys;
using Concord.Identity.Persistence;
using Concord.Identity.Seeding;
using Concord.Identity.Server;
using Concord.ServiceDefaults;
using Concord.ServiceDefaults.Persistence;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Concord.Identity;

public static class IdentityServerExtensions
{
    /// <summary>
    /// Concord's OpenID Connect server: its settings (checked now, so a misconfigured server never starts), its
    /// database, its keys, OpenIddict with the client credentials and authorization code + PKCE flows, and the seed.
    /// </summary>
    public static WebApplicationBuilder AddIdentityServer(this WebApplicationBuilder builder)
    {
        var settings = IdentityServerSettings.Load(builder.Configuration, builder.Environment.ContentRootPath);
        var credentials = ServerCredentials.Load(settings, TimeProvider.System);
        builder.Services.AddSingleton(settings);

        builder.AddConcordDatabase<WebApplicationBuilder, IdentityStoreContext>(IdentityService.ConnectionName);

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityStoreContext>())
            .AddServer(server =>
            {
                server.SetIssuer(settings.IssuerUri)
                    .SetTokenEndpointUris(IdentityService.TokenPath.TrimStart('/'))
                    .SetAuthorizationEndpointUris(IdentityService.AuthorizationPath.TrimStart('/'));

                server.AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange();
                // Note: PKCE with S256 only; "plain" would hand the verifier to anyone who sees the authorization request.
                server.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                server.AddEventHandler(RejectUnpermittedScopes.Descriptor);
                server.RegisterClaims(
                    ConcordClaims.Organisation, ConcordClaims.OrganisationKind, ConcordClaims.Jurisdiction, ConcordClaims.ClientId, Claims.Name);

                server.AddSigningKey(credentials.SigningKey)
                    .AddEncryptionKey(credentials.EncryptionKey);

                // Note: access tokens are signed JWTs (typ at+jwt), not encrypted, so every resource server validates
                // them with standard JwtBearer against the published keys, without sharing a secret with this server.
                server.DisableAccessTokenEncryption();
                server.SetAccessTokenLifetime(settings.AccessTokenLifetime);

                var aspNetCore = server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough();
                if (!settings.RequireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });

        // Note: registered after AddConcordDatabase, so the schema is migrated before the seed is applied.
        builder.Services.AddScoped<IdentitySeeder>();
        builder.Services.AddHostedService<SeedOnStart>();
        builder.Services.AddSingleton<TokenPruning>();
        builder.Services.AddHostedService(services => services.GetRequiredService<TokenPruning>());
        return builder;
    }
}
