namespace Concord.BankGateway.Production;

/// <summary>A document that passed every check, with the SHA-256 the gateway computed over its content.</summary>
public sealed record CheckedDocument(string FileName, string MediaType, string? Description, byte[] Content, string Sha256);
