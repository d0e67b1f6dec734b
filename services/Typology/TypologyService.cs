namespace Concord.Typology;

/// <summary>Names the typology service's assembly for hosts such as <c>WebApplicationFactory&lt;TypologyService&gt;</c>.</summary>
public sealed class TypologyService
{
    private TypologyService()
    {
    }
}
