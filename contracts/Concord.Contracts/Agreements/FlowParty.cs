using Concord.Contracts.Sharing;

namespace Concord.Contracts.Agreements;

/// <summary>One end of a flow: a named party, or every party of a kind. Exactly one of the two is set.</summary>
public sealed record FlowParty
{
    public string? OrganisationId { get; init; }

    public OrganisationKind? Kind { get; init; }
}
