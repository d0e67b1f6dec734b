using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Server.AspNetCore;

namespace Concord.Identity.Endpoints;

internal static class OpenIddictResults
{
    /// <summary>
    /// An OAuth error answered by OpenIddict in the form the endpoint's protocol demands: a JSON body from the
    /// token endpoint, a redirect back to the client from the authorization endpoint.
    /// </summary>
    public static ForbidHttpResult Refuse(string error, string description) =>
        TypedResults.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
