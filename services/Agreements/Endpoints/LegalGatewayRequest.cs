using Concord.Contracts.Sharing;

namespace Concord.Agreements.Endpoints;

/// <summary>A legal gateway to register.</summary>
public sealed record LegalGatewayRequest
{
    public string? Code { get; init; }

    public string? Jurisdiction { get; init; }

    public string? Citation { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<Purpose>? Purposes { get; init; }
}
