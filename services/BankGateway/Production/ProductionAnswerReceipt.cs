using Concord.Contracts.Sharing;

namespace Concord.BankGateway.Production;

/// <summary>What the bank gets back for its answer: when it was taken, under which marking, and each document's id and digest.</summary>
public sealed record ProductionAnswerReceipt(string Reference, DateTimeOffset AnsweredAt, Tlp Marking, IReadOnlyList<ProducedDocumentEntry> Documents);
