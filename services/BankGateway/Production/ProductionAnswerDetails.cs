using Concord.Contracts.Sharing;

namespace Concord.BankGateway.Production;

/// <summary>The bank's answer as it was sent: when, by whom, under which marking, the comment and the documents.</summary>
public sealed record ProductionAnswerDetails(DateTimeOffset AnsweredAt, string AnsweredBy, Tlp Marking, string? Comment, IReadOnlyList<ProducedDocumentEntry> Documents);
