using Concord.Contracts.Sharing;

namespace Concord.Agreements.Endpoints;

/// <summary>How long one category received under a flow may be kept.</summary>
public sealed record RetentionRequest
{
    public DataCategory? Category { get; init; }

    public int? Days { get; init; }
}
