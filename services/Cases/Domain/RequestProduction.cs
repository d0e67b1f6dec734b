using Concord.Contracts.Requests;

namespace Concord.Cases.Domain;

/// <summary>
/// A lead or investigator asks banks to produce documents about subjects by a deadline. The desk has checked against
/// the agreements that each bank may be asked; the decider checks the request itself.
/// </summary>
public sealed record RequestProduction : CaseCommand
{
    public required IReadOnlyList<ProductionRequestTarget> Targets { get; init; }

    public required string Description { get; init; }

    public required IReadOnlyList<RequestedSubject?> Subjects { get; init; }

    public string? LegalInstrument { get; init; }

    public DateTimeOffset? Deadline { get; init; }
}
