namespace Concord.ServiceDefaults.Messaging;

/// <summary>Settings under <c>Concord:Bus</c>; the broker URI is <c>ConnectionStrings:rabbitmq</c>.</summary>
public sealed class BusOptions
{
    public const string Section = "Concord:Bus";

    /// <summary>How many messages a receive endpoint fetches ahead of processing.</summary>
    public int PrefetchCount { get; set; } = 64;

    /// <summary>Whether queues are quorum queues (replicated, the broker's durable default for clusters).</summary>
    public bool QuorumQueues { get; set; } = true;
}
