namespace Concord.BankGateway.Production;

/// <summary>A document the bank produced, as it sees it listed (its content is not sent back).</summary>
public sealed record ProducedDocumentEntry(Guid DocumentId, string FileName, string MediaType, string? Description, long SizeBytes, string Sha256)
{
    internal static ProducedDocumentEntry From(ProductionDocument document) =>
        new(document.Id, document.FileName, document.MediaType, document.Description, document.SizeBytes, document.Sha256);
}
