namespace Concord.BankGateway.Production;

/// <summary>One document of a JSON answer: <c>content</c> is base64.</summary>
public sealed record AnswerBodyDocument(string? FileName, string? MediaType, string? Description, byte[]? Content);
