using System.Security.Claims;

namespace Concord.ServiceDefaults.Authentication;

public static class CallerExtensions
{
    /// <summary>The organisation the caller acts for; throws when the token has none (policies require it).</summary>
    public static string GetOrganisationId(this ClaimsPrincipal principal) =>
        principal.FindFirst(ConcordClaims.Organisation)?.Value
        ?? throw new InvalidOperationException("The caller's token carries no organisation.");

    /// <summary>The client (system) or user that made the call.</summary>
    public static string GetCallerId(this ClaimsPrincipal principal) =>
        principal.FindFirst(ConcordClaims.ClientId)?.Value
        ?? principal.FindFirst(ConcordClaims.Subject)?.Value
        ?? throw new InvalidOperationException("The caller's token carries no subject.");
}
