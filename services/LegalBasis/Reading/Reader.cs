using System.Security.Claims;

namespace Concord.LegalBasis.Reading;

/// <summary>
/// Who reads: the organisation decisions are made for, and — for the audit chain only — the user or client acting
/// for it. Visibility is always the organisation's: two users of one bank see the same items.
/// </summary>
/// <param name="Organisation">The organisation, as in the token's <c>concord_org</c> claim, e.g. <c>bank-alpha</c>.</param>
/// <param name="Agent">The user or client acting for it (the token's <c>sub</c>, else its <c>client_id</c>), when known.</param>
public readonly record struct Reader(string Organisation, string? Agent = null)
{
    /// <summary>The claim that names the caller's organisation; the identity server issues it in every access token.</summary>
    public const string OrganisationClaim = "concord_org";

    /// <summary>How the reader is named in the audit chain: <c>bank-alpha</c> or <c>bank-alpha/alice</c>.</summary>
    public string Actor => string.IsNullOrEmpty(Agent) ? Organisation : $"{Organisation}/{Agent}";

    /// <summary>The reader a token's principal acts for; false when it names no organisation.</summary>
    public static bool TryFrom(ClaimsPrincipal? principal, out Reader reader)
    {
        reader = default;
        var organisation = principal?.FindFirst(OrganisationClaim)?.Value;
        if (string.IsNullOrWhiteSpace(organisation))
        {
            return false;
        }

        reader = new Reader(organisation, principal!.FindFirst("sub")?.Value ?? principal.FindFirst("client_id")?.Value);
        return true;
    }
}
