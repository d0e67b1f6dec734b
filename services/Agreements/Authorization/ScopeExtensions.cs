using System.Security.Claims;
using Concord.ServiceDefaults;

namespace Concord.Agreements.Authorization;

public static class ScopeExtensions
{
    /// <summary>
    /// Whether the token grants <paramref name="scope"/>. Note: a JWT carries its scopes as one space-separated
    /// <c>scope</c> claim (RFC 9068), some issuers as several claims; both are read.
    /// </summary>
    public static bool HasScope(this ClaimsPrincipal principal, string scope) =>
        principal.FindAll(ConcordClaims.Scope)
            .Any(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal));
}
