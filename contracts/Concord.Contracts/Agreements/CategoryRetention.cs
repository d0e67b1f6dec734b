using Concord.Contracts.Sharing;

namespace Concord.Contracts.Agreements;

/// <summary>How long a recipient may keep data of one category received under a flow.</summary>
public sealed record CategoryRetention
{
    public required DataCategory Category { get; init; }

    public required int Days { get; init; }
}
