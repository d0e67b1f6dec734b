namespace Concord.Fiu.Endpoints;

/// <summary>A node of a report network: a report, or a subject, account or counterparty of one.</summary>
/// <param name="Id">Unique in the network: <c>report:CR-…</c>, <c>subject:CR-…/S1</c>, <c>account:CR-…/A1</c>, <c>counterparty:CR-…/transactions[3].counterparty</c>.</param>
/// <param name="Kind"><c>Report</c>, <c>Person</c>, <c>LegalEntity</c>, <c>Account</c> or <c>Counterparty</c>.</param>
/// <param name="Label">What to show: the report's references, a name, an IBAN or account number.</param>
/// <param name="ConcordReference">The report the node is (or belongs to).</param>
/// <param name="BankOrganisationId">The bank that filed the report.</param>
public sealed record NetworkNode(string Id, string Kind, string Label, string ConcordReference, string BankOrganisationId);
