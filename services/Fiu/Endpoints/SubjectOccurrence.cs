namespace Concord.Fiu.Endpoints;

/// <summary>A report, and the subject, account or counterparty in it, that carries the identifier looked up.</summary>
/// <param name="Holder">As the report names it: <c>S1</c>, <c>A2</c>, <c>transactions[3].counterparty</c>.</param>
/// <param name="HolderKind"><c>Subject</c>, <c>Account</c> or <c>Counterparty</c>.</param>
/// <param name="Value">The identifier as this report wrote it.</param>
public sealed record SubjectOccurrence(
    Guid ReportId, string ConcordReference, string? FiuReference, string BankOrganisationId, DateTimeOffset ReceivedAt, string Holder, string HolderKind, string Value);
