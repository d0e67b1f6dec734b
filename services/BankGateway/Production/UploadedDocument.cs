namespace Concord.BankGateway.Production;

/// <summary>One document as the bank uploaded it, before it is checked: the name and media type it declared, and its bytes.</summary>
public sealed record UploadedDocument(string? FileName, string? MediaType, string? Description, byte[] Content);
