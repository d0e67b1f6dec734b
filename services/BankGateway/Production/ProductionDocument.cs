namespace Concord.BankGateway.Production;

/// <summary>One document a bank produced in answer to a request, kept with the request until its retention ends.</summary>
public sealed class ProductionDocument
{
    /// <summary>The document's id, as <c>ProducedDocument.DocumentId</c> names it to the task force.</summary>
    public Guid Id { get; set; }

    public Guid ProductionRequestId { get; set; }

    /// <summary>Its place in the answer, from 0.</summary>
    public int Position { get; set; }

    /// <summary>The file name, without any path the upload carried.</summary>
    public required string FileName { get; set; }

    public required string MediaType { get; set; }

    public string? Description { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>, computed by the gateway.</summary>
    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }
}
