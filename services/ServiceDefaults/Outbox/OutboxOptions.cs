namespace Concord.ServiceDefaults.Outbox;

/// <summary>Settings under <c>Concord:Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Concord:Outbox";

    /// <summary>How often the dispatcher looks for messages when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many messages one dispatcher transaction publishes.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How long a batch may take to be confirmed by the broker before it is rolled back and tried again.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the dispatcher waits after a failed batch (broker down) before trying again.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a message may wait to be published before the service reports itself Degraded.</summary>
    public TimeSpan StalledAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The longest a message whose publication was refused (for instance, no legal basis while its agreement is
    /// suspended) waits before it is tried again; the wait doubles from <see cref="RetryDelay"/> up to this.
    /// </summary>
    public TimeSpan MaxDeferral { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Which publication failures are refusals of one message (it waits and is tried again later while the others go)
    /// rather than failures of the broker (the whole batch is tried again). Nothing is a refusal unless the service says.
    /// </summary>
    public Func<Exception, bool> IsRefusal { get; set; } = _ => false;
}
