namespace Concord.ServiceDefaults.Outbox;

/// <summary>The inbox: a bus message a consumer has processed, recorded in the same transaction as its effects.</summary>
public sealed class ProcessedMessage
{
    public required string Consumer { get; set; }

    public Guid MessageId { get; set; }

    public DateTimeOffset ProcessedAt { get; set; }
}
