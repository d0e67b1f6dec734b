namespace Concord.Agreements;

/// <summary>Names the Agreements service's assembly for hosts such as <c>WebApplicationFactory&lt;AgreementsService&gt;</c>.</summary>
public sealed class AgreementsService
{
    /// <summary>The audience of tokens this service accepts.</summary>
    public const string Audience = "concord-agreements";

    /// <summary>The connection string name of its database (<c>ConnectionStrings:agreements</c>).</summary>
    public const string ConnectionName = "agreements";

    private AgreementsService()
    {
    }
}
