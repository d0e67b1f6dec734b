using System.Security.Claims;
using Concord.ServiceDefaults;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Concord.Typology.Endpoints;

/// <summary>Who may call what: this FIU's analysts author; any organisation with the read scope reads what it was sent.</summary>
public static class TypologyAuthorization
{
    /// <summary>The caller acts for this service's FIU (<c>Concord:Typology:OrganisationId</c>) with <see cref="TypologyScopes.Analyst"/>.</summary>
    public const string Analyst = "concord-typology-analyst";

    /// <summary>The caller acts for an organisation and holds <see cref="TypologyScopes.Read"/>.</summary>
    public const string Recipient = "concord-typology-recipient";

    public static IServiceCollection AddTypologyAuthorization(this IServiceCollection services)
    {
        // Note: built from the validated options, so the policy and the distributions never disagree about which FIU this is.
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<TypologyOptions>>((authorization, typology) =>
        {
            authorization.AddPolicy(Analyst, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(ConcordClaims.Organisation, typology.Value.OrganisationId)
                .RequireAssertion(context => HasScope(context.User, TypologyScopes.Analyst)));
            authorization.AddPolicy(Recipient, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(ConcordClaims.Organisation)
                .RequireAssertion(context => HasScope(context.User, TypologyScopes.Read)));
        });
        return services;
    }

    /// <summary>Note: a JWT carries its scopes as one space-separated <c>scope</c> claim (RFC 9068), some issuers as several; both are read.</summary>
    private static bool HasScope(ClaimsPrincipal user, string scope) =>
        user.FindAll(ConcordClaims.Scope).Any(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal));
}
