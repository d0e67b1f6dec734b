namespace Concord.Cases.Domain;

/// <summary>
/// A bank's answer to a production request arrives (from the bus, not from a member): taken once, from the bank asked,
/// while the case is open. The item carries the answer's envelope terms and its documents.
/// </summary>
public sealed record RecordProduction : CaseCommand
{
    public required Guid ProductionRequestId { get; init; }

    public required string BankOrganisationId { get; init; }

    public required CaseItem Item { get; init; }
}
