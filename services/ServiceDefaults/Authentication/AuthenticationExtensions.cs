using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Concord.ServiceDefaults.Authentication;

public static class AuthenticationExtensions
{
    /// <summary>
    /// Fail-closed bearer authentication: the service refuses to start without an authority and an audience,
    /// every token's issuer, audience, lifetime and signature are checked, only access tokens (<c>at+jwt</c>)
    /// are accepted, and every endpoint requires an authenticated caller unless it opts out explicitly.
    /// </summary>
    public static TBuilder AddConcordAuthentication<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var settings = builder.Configuration.GetSection(ConcordAuthOptions.Section).Get<ConcordAuthOptions>() ?? new();
        if (string.IsNullOrWhiteSpace(settings.Authority) || !Uri.TryCreate(settings.Authority, UriKind.Absolute, out var authority))
        {
            throw new InvalidOperationException($"{ConcordAuthOptions.Section}:Authority must be set to the identity server's absolute URL.");
        }

        if (string.IsNullOrWhiteSpace(settings.Audience))
        {
            throw new InvalidOperationException($"{ConcordAuthOptions.Section}:Audience must be set to this service's audience.");
        }

        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.Authority = authority.ToString();
                options.Audience = settings.Audience;
                options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
                // Note: keep claim names as issued (concord_org, sub, client_id) instead of WS-* URIs.
                options.MapInboundClaims = false;
                options.TokenValidationParameters.ValidateIssuer = true;
                options.TokenValidationParameters.ValidIssuer = authority.ToString();
                options.TokenValidationParameters.ValidateAudience = true;
                options.TokenValidationParameters.ValidAudience = settings.Audience;
                options.TokenValidationParameters.ValidateLifetime = true;
                options.TokenValidationParameters.RequireSignedTokens = true;
                options.TokenValidationParameters.RequireExpirationTime = true;
                options.TokenValidationParameters.ValidTypes = ["at+jwt"];
                options.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
                options.TokenValidationParameters.NameClaimType = ConcordClaims.Subject;
            });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(ConcordPolicies.Bank, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(ConcordClaims.Organisation)
                .RequireClaim(ConcordClaims.OrganisationKind, "Bank"))
            .AddPolicy(ConcordPolicies.Fiu, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(ConcordClaims.Organisation)
                .RequireClaim(ConcordClaims.OrganisationKind, "Fiu"));

        return builder;
    }
}
