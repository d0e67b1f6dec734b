namespace Concord.Fiu;

/// <summary>Names the FIU service's assembly for hosts such as <c>WebApplicationFactory&lt;FiuService&gt;</c>.</summary>
public sealed class FiuService
{
    private FiuService()
    {
    }
}
