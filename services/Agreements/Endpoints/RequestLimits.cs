namespace Concord.Agreements.Endpoints;

internal static class RequestLimits
{
    /// <summary>The largest request body taken: an agreement with a hundred flows is well under this.</summary>
    public const long BodyBytes = 1024 * 1024;
}
