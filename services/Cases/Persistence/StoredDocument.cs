namespace Concord.Cases.Persistence;

/// <summary>
/// A document a bank produced (<c>produced_documents</c>), its content kept whole in the database (bytea) next to the
/// case's events: the bank gateway bounds a document's size, and one backup then holds the whole case.
/// </summary>
public sealed class StoredDocument
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid ItemId { get; set; }

    public string FileName { get; set; } = "";

    public string MediaType { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTimeOffset ReceivedAt { get; set; }
}
