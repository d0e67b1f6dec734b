namespace Concord.Cases;

/// <summary>Names the cases service's assembly for hosts such as <c>WebApplicationFactory&lt;CasesService&gt;</c>.</summary>
public sealed class CasesService
{
    private CasesService()
    {
    }
}
