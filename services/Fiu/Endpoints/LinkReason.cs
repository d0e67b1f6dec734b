namespace Concord.Fiu.Endpoints;

/// <summary>Why two reports are linked: what they share, as each wrote it, and where in each.</summary>
/// <param name="Kind">The kind of identifier shared (<c>Iban</c>, <c>Account</c>, <c>Phone</c>, …), or <c>PersonName</c>/<c>EntityName</c> for names that scored.</param>
/// <param name="Value">As this report wrote it.</param>
/// <param name="LinkedValue">As the linked report wrote it.</param>
/// <param name="Holder">The subject, account or counterparty of this report that carries it (<c>S1</c>, <c>A1</c>, <c>transactions[3].counterparty</c>).</param>
/// <param name="LinkedHolder">The one of the linked report.</param>
/// <param name="Score">For names: the similarity, 0 to 1 (links need 0.92); null for an exact identifier.</param>
/// <param name="LinkedAt">When the later of the two reports arrived and was matched.</param>
public sealed record LinkReason(string Kind, string Value, string LinkedValue, string Holder, string LinkedHolder, double? Score, DateTimeOffset LinkedAt);
