namespace Concord.Cases.Domain;

/// <summary>One bank's copy of a production request: its id and reference, chosen by the desk.</summary>
public sealed record ProductionRequestTarget(Guid ProductionRequestId, string Reference, string BankOrganisationId);
