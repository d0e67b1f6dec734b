using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;
using static OpenIddict.Server.OpenIddictServerHandlers.Exchange;

namespace Concord.Identity.Server;

/// <summary>
/// Answers a token request for a scope the client is not registered for with <c>invalid_scope</c>, the error
/// RFC 6749 §5.2 defines for it (OpenIddict's own check answers <c>invalid_request</c>). It runs after client
/// authentication, so an unauthenticated caller learns nothing about a client's scopes.
/// </summary>
internal sealed class RejectUnpermittedScopes(IOpenIddictApplicationManager applications) : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .UseScopedHandler<RejectUnpermittedScopes>()
            .SetOrder(ValidateScopePermissions.Descriptor.Order - 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrEmpty(context.ClientId)
            || await applications.FindByClientIdAsync(context.ClientId) is not { } application)
        {
            return;
        }

        foreach (var scope in context.Request.GetScopes())
        {
            // Note: openid and offline_access are protocol scopes, not permissions a client is registered for.
            if (scope is Scopes.OpenId or Scopes.OfflineAccess)
            {
                continue;
            }

            if (!await applications.HasPermissionAsync(application, Permissions.Prefixes.Scope + scope))
            {
                context.Reject(Errors.InvalidScope, $"This client is not allowed the scope '{scope}'.");
                return;
            }
        }
    }
}
