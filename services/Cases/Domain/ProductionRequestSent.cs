using Concord.Contracts.Requests;

namespace Concord.Cases.Domain;

/// <summary>One bank was asked to produce documents; its own id and random reference, so no bank learns of another.</summary>
public sealed record ProductionRequestSent : CaseEvent
{
    public required Guid ProductionRequestId { get; init; }

    public required string Reference { get; init; }

    public required string BankOrganisationId { get; init; }

    public required string Description { get; init; }

    public required IReadOnlyList<RequestedSubject> Subjects { get; init; }

    public string? LegalInstrument { get; init; }

    public required DateTimeOffset Deadline { get; init; }
}
