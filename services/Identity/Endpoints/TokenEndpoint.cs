using System.Collections.Immutable;
using System.Security.Claims;
using Concord.Contracts.Sharing;
using Concord.Identity.Persistence;
using Concord.ServiceDefaults;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Concord.Identity.Endpoints;

public static class TokenEndpoint
{
    /// <summary>
    /// <c>POST /connect/token</c>. OpenIddict has already authenticated the client (unknown client or wrong secret:
    /// <c>invalid_client</c>) and checked the grant type and scopes against the client's permissions before this runs;
    /// this decides what goes into the token.
    /// </summary>
    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(IdentityService.TokenPath, ExchangeAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Results<SignInHttpResult, ForbidHttpResult>> ExchangeAsync(
        HttpContext http,
        IOpenIddictApplicationManager applications,
        IOpenIddictScopeManager scopes,
        IdentityStoreContext database,
        CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");

        // Note: authorization codes cannot be issued until interactive sign-in exists (see AuthorizationEndpoint),
        // so client credentials is the only grant that can reach this point today.
        if (!request.IsClientCredentialsGrantType())
        {
            return OpenIddictResults.Refuse(Errors.UnsupportedGrantType, "Only the client_credentials grant is available on this server for now.");
        }

        var clientId = request.ClientId!;
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken)
            ?? throw new InvalidOperationException($"The authenticated client {clientId} cannot be found.");

        var organisation = await database.OrganisationClients
            .Where(link => link.ClientId == clientId)
            .Select(link => link.Organisation)
            .SingleOrDefaultAsync(cancellationToken);
        if (organisation is null)
        {
            // Note: every service authorises by organisation, so a token without one would be useless or, worse,
            // mistaken for another caller's; refuse it here.
            return OpenIddictResults.Refuse(Errors.InvalidClient, "This client is not linked to an organisation, so no token can be issued to it.");
        }

        var granted = await GrantedScopesAsync(applications, application, request.GetScopes(), cancellationToken);
        var resources = new List<string>();
        await foreach (var resource in scopes.ListResourcesAsync(granted, cancellationToken))
        {
            resources.Add(resource);
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId)
            .SetClaim(Claims.ClientId, clientId)
            .SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application, cancellationToken))
            .SetClaim(ConcordClaims.Organisation, organisation.Id)
            .SetClaim(ConcordClaims.OrganisationKind, organisation.Kind.ToString())
            .SetClaim(ConcordClaims.Jurisdiction, organisation.Jurisdiction);
        identity.SetScopes(granted);
        identity.SetResources(resources);
        identity.SetDestinations(static _ => [Destinations.AccessToken]);

        return TypedResults.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// The requested scopes the client may have; all of the client's scopes when it asked for none, so a bank's
    /// system gets a token for what it is registered for without knowing scope names.
    /// </summary>
    private static async Task<ImmutableArray<string>> GrantedScopesAsync(
        IOpenIddictApplicationManager applications, object application, IEnumerable<string> requested, CancellationToken cancellationToken)
    {
        var allowed = (await applications.GetPermissionsAsync(application, cancellationToken))
            .Where(permission => permission.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(permission => permission[Permissions.Prefixes.Scope.Length..])
            .ToHashSet(StringComparer.Ordinal);

        var asked = requested.ToArray();
        return asked.Length == 0 ? [.. allowed.Order(StringComparer.Ordinal)] : [.. asked.Where(allowed.Contains)];
    }
}
