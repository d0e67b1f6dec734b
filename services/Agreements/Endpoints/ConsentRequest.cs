using Concord.Contracts.Sharing;

namespace Concord.Agreements.Endpoints;

/// <summary>An onward-sharing consent the caller's organisation grants as originator.</summary>
public sealed record ConsentRequest
{
    public string? Recipient { get; init; }

    public Purpose? Purpose { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }
}
