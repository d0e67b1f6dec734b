using Concord.Contracts.Sharing;

namespace Concord.Agreements.Endpoints;

/// <summary>A party of an agreement as the secretariat writes it.</summary>
public sealed record PartyRequest
{
    public string? OrganisationId { get; init; }

    public OrganisationKind? Kind { get; init; }
}
