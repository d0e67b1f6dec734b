namespace Concord.ServiceDefaults.Outbox;

/// <summary>A message stored in the same transaction as the change that caused it, waiting to be published.</summary>
public sealed class OutboxMessage
{
    /// <summary>Insertion order; messages are published in this order per dispatcher batch.</summary>
    public long Id { get; set; }

    /// <summary>The bus message id: stable across re-publication, so consumers can drop duplicates.</summary>
    public Guid MessageId { get; set; }

    /// <summary>Full name of a contract type in Concord.Contracts.</summary>
    public required string MessageType { get; set; }

    public required string Body { get; set; }

    /// <summary>W3C trace context of the operation that wrote the message, so the journey stays one trace.</summary>
    public string? TraceParent { get; set; }

    public string? TraceState { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Not tried again before this moment: the last attempt to publish it was refused.</summary>
    public DateTimeOffset? NotBefore { get; set; }

    /// <summary>How many attempts to publish it were refused.</summary>
    public int Attempts { get; set; }

    /// <summary>Why the last attempt was refused (e.g. no legal basis to share it now).</summary>
    public string? LastError { get; set; }
}
