using Concord.Contracts.Sharing;

namespace Concord.Agreements.Endpoints;

/// <summary>One end of a flow: an organisation id or a kind, exactly one of them.</summary>
public sealed record FlowPartyRequest
{
    public string? OrganisationId { get; init; }

    public OrganisationKind? Kind { get; init; }
}
