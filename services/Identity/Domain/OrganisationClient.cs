namespace Concord.Identity.Domain;

/// <summary>
/// Which organisation an OAuth client acts for. A machine client (a bank's filing system) always acts for one
/// organisation; the server refuses it tokens without this link.
/// </summary>
public sealed class OrganisationClient
{
    /// <summary>The OAuth <c>client_id</c>: the client's stable public identifier, unlike OpenIddict's internal row id.</summary>
    public required string ClientId { get; init; }

    public required string OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }
}
