using Concord.ServiceDefaults;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Concord.Fiu.Endpoints;

/// <summary>Who may read this FIU's reports: callers acting for this FIU, not for any FIU.</summary>
public static class FiuAuthorization
{
    /// <summary>The caller's organisation is the one configured as <c>Concord:Fiu:OrganisationId</c>.</summary>
    public const string ThisFiu = "concord-fiu-this-organisation";

    public static IServiceCollection AddFiuAuthorization(this IServiceCollection services)
    {
        // Note: built from the validated options, not from raw configuration, so the policy and the consumer
        // can never disagree about which organisation this FIU is.
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<FiuOptions>>((authorization, fiu) =>
            authorization.AddPolicy(ThisFiu, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(ConcordClaims.Organisation, fiu.Value.OrganisationId)));
        return services;
    }
}
