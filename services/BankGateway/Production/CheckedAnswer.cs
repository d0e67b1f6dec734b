using Concord.Contracts.Sharing;

namespace Concord.BankGateway.Production;

/// <summary>An answer that passed every check: the documents with their safe names, resolved media types and digests.</summary>
public sealed record CheckedAnswer(IReadOnlyList<CheckedDocument> Documents, string? Comment, Tlp Marking);
