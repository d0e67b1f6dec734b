using Concord.Contracts.Sharing;

namespace Concord.Cases.Domain;

/// <summary>
/// A member asks to pass an item on to another member organisation for a purpose, until a date. The caller has checked
/// against the agreements that only the originator's consent is missing.
/// </summary>
public sealed record RequestOnwardShare : CaseCommand
{
    public required Guid ShareId { get; init; }

    public required Guid ItemId { get; init; }

    public required string? RecipientOrganisationId { get; init; }

    public required Purpose? Purpose { get; init; }

    public required string? Justification { get; init; }

    public required DateTimeOffset RequestedUntil { get; init; }
}
