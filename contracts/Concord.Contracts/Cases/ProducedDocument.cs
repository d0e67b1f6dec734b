namespace Concord.Contracts.Cases;

/// <summary>One document a bank produces, carried whole (the bank gateway bounds its size) with its digest.</summary>
public sealed record ProducedDocument
{
    public required Guid DocumentId { get; init; }

    public required string FileName { get; init; }

    /// <summary>The media type, e.g. <c>application/pdf</c>, <c>text/csv</c>.</summary>
    public required string MediaType { get; init; }

    public string? Description { get; init; }

    public required byte[] Content { get; init; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>, computed by the gateway on receipt and checked by the case on arrival.</summary>
    public required string Sha256 { get; init; }
}
