using Concord.ServiceDefaults;
using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace Concord.Fiu.Endpoints;

/// <summary>Who may read this FIU's reports: callers acting for this FIU, not for any FIU.</summary>
public static class FiuAuthorization
{
    /// <summary>The caller's organisation is the one configured as <c>Concord:Fiu:OrganisationId</c>.</summary>
    public const string ThisFiu = "concord-fiu-this-organisation";

    /// <summary>The caller may read reports for task-force cases: scope <c>concord.fiu.case-reports</c> (the Cases service).</summary>
    public const string CaseReports = "concord-fiu-case-reports";

    /// <summary>The scope that grants <see cref="CaseReports"/>.</summary>
    public const string CaseReportsScope = "concord.fiu.case-reports";

    public static IServiceCollection AddFiuAuthorization(this IServiceCollection services)
    {
        // Note: built from the validated options, not from raw configuration, so the policy and the consumer
        // can never disagree about which organisation this FIU is.
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<FiuOptions>>((authorization, fiu) =>
            authorization.AddPolicy(ThisFiu, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(ConcordClaims.Organisation, fiu.Value.OrganisationId)));
        // Note: the audience (concord-fiu) is checked by authentication for every caller; this adds the scope. The caller
        // acts for the member it names, so its own organisation decides nothing here.
        services.AddAuthorizationBuilder().AddPolicy(CaseReports, policy => policy
            .RequireAuthenticatedUser()
            .RequireClaim(ConcordClaims.Organisation)
            .RequireAssertion(context => HasScope(context.User, CaseReportsScope)));
        return services;
    }

    /// <summary>
    /// Whether the token grants <paramref name="scope"/>. Note: a JWT carries its scopes as one space-separated
    /// <c>scope</c> claim (RFC 9068), some issuers as several claims; both are read.
    /// </summary>
    private static bool HasScope(ClaimsPrincipal principal, string scope) =>
        principal.FindAll(ConcordClaims.Scope)
            .Any(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal));
}
