namespace Concord.Agreements.Endpoints;

/// <summary>The originator's grant of a consent request: until when the consent lasts (recipient and purpose are the request's).</summary>
public sealed record ConsentGrantRequest
{
    public DateTimeOffset? ExpiresAt { get; init; }
}
