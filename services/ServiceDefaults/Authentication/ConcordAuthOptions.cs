namespace Concord.ServiceDefaults.Authentication;

/// <summary>Settings under <c>Concord:Auth</c>. Authority and Audience are required: a service without them does not start.</summary>
public sealed class ConcordAuthOptions
{
    public const string Section = "Concord:Auth";

    /// <summary>The identity server's issuer URL, e.g. https://identity.concord.example/.</summary>
    public string? Authority { get; set; }

    /// <summary>This service's audience; a token for another audience is refused.</summary>
    public string? Audience { get; set; }

    /// <summary>
    /// Whether the identity server's metadata must be fetched over HTTPS. True unless switched off
    /// explicitly, which only the local runner and compose network do (plain HTTP inside one machine or network).
    /// </summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}
