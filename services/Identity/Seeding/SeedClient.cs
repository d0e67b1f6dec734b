namespace Concord.Identity.Seeding;

/// <summary>An OAuth client: a bank's or the FIU's system (client credentials) or a browser console (code + PKCE).</summary>
internal sealed record SeedClient
{
    public required string ClientId { get; init; }

    public required string DisplayName { get; init; }

    public required SeedClientType Type { get; init; }

    /// <summary>Plain text in the file; OpenIddict stores only a hash.</summary>
    public string? Secret { get; init; }

    /// <summary>The organisation the client acts for; required for client credentials.</summary>
    public string? Organisation { get; init; }

    /// <summary>OAuth grant types: <c>client_credentials</c>, <c>authorization_code</c>.</summary>
    public required IReadOnlyList<string> GrantTypes { get; init; }

    public required IReadOnlyList<string> Scopes { get; init; }

    public IReadOnlyList<string> RedirectUris { get; init; } = [];
}
