using System.Security.Claims;
using Concord.ServiceDefaults;

namespace Concord.Cases.Endpoints;

/// <summary>Who may call the cases API at all: a person of an organisation holding <see cref="Scope"/>. Which cases they see is the members' business.</summary>
public static class CasesAuthorization
{
    public const string Scope = "concord.cases";

    public const string Member = "concord-cases-member";

    public static IServiceCollection AddCasesAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Member, policy => policy
            .RequireAuthenticatedUser()
            .RequireClaim(ConcordClaims.Organisation)
            .RequireAssertion(context => HasScope(context.User, Scope)));
        return services;
    }

    /// <summary>Note: a JWT carries its scopes as one space-separated <c>scope</c> claim (RFC 9068), some issuers as several; both are read.</summary>
    private static bool HasScope(ClaimsPrincipal user, string scope) =>
        user.FindAll(ConcordClaims.Scope).Any(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal));
}
