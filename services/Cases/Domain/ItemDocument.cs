namespace Concord.Cases.Domain;

/// <summary>A document of an item, as the case knows it: its content is stored apart (<c>produced_documents</c>).</summary>
public sealed record ItemDocument(Guid DocumentId, string FileName, string MediaType, string? Description, string Sha256, long Size);
