using Microsoft.AspNetCore.Http.HttpResults;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Concord.Identity.Endpoints;

public static class AuthorizationEndpoint
{
    public const string NotAvailableYet =
        "Interactive sign-in is not available yet: Concord's identity server has no user accounts so far, "
        + "so it cannot authenticate a person. Machine clients use the client_credentials grant.";

    /// <summary>
    /// <c>GET|POST /connect/authorize</c>, for the web console's authorization code flow with PKCE. OpenIddict first
    /// checks the request (client, redirect URI, PKCE challenge); a valid request is then answered honestly with
    /// <c>access_denied</c>, redirected back to the client, until a user store and a sign-in page exist.
    /// </summary>
    public static IEndpointRouteBuilder MapAuthorizationEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(IdentityService.AuthorizationPath, [HttpMethods.Get, HttpMethods.Post], Authorize).ExcludeFromDescription();
        return endpoints;
    }

    private static ForbidHttpResult Authorize() => OpenIddictResults.Refuse(Errors.AccessDenied, NotAvailableYet);
}
