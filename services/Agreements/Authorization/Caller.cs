using System.Security.Claims;
using Concord.Contracts.Sharing;
using Concord.ServiceDefaults;
using Concord.ServiceDefaults.Authentication;

namespace Concord.Agreements.Authorization;

/// <summary>Who calls, from the access token: the organisation, its kind, the client or user, and what it may see.</summary>
public sealed record Caller(string OrganisationId, OrganisationKind? Kind, string ClientId, bool IsSecretariat)
{
    /// <summary>The secretariat and oversight bodies see every agreement; any other organisation only those it is party to.</summary>
    public bool SeesAll => IsSecretariat || Kind == OrganisationKind.Oversight;

    /// <summary>How the caller is named in history, events and the audit chain: organisation, then client or user.</summary>
    public string Actor => $"{OrganisationId}/{ClientId}";

    public static Caller From(ClaimsPrincipal principal) => new(
        principal.GetOrganisationId(),
        Enum.TryParse<OrganisationKind>(principal.FindFirst(ConcordClaims.OrganisationKind)?.Value, ignoreCase: false, out var kind) ? kind : null,
        principal.GetCallerId(),
        principal.HasScope(AgreementsScopes.Manage));
}
