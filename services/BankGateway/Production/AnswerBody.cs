namespace Concord.BankGateway.Production;

/// <summary>An answer to a production request sent as JSON: each document's content in base64.</summary>
public sealed record AnswerBody(IReadOnlyList<AnswerBodyDocument?>? Documents, string? Comment, string? Marking);
