namespace Concord.Identity;

/// <summary>
/// Marks the identity server's assembly, for hosting it in tests (<c>WebApplicationFactory&lt;IdentityService&gt;</c>),
/// and names what other code needs to know about it.
/// </summary>
public sealed class IdentityService
{
    /// <summary>The name of the connection string to the server's own database (<c>ConnectionStrings:identity</c>).</summary>
    public const string ConnectionName = "identity";

    public const string TokenPath = "/connect/token";

    public const string AuthorizationPath = "/connect/authorize";

    private IdentityService()
    {
    }
}
