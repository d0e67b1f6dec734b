using MassTransit;

namespace Concord.ServiceDefaults.Messaging;

/// <summary>
/// A consumer that takes its messages a batch at a time, one database transaction per batch instead of per
/// message: up to <see cref="MessageLimit"/> messages, a batch closed after <see cref="TimeLimit"/> when the queue
/// is quiet, and <see cref="ConcurrencyLimit"/> batches at once.
/// </summary>
public abstract class BatchConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    /// <summary>Messages per batch: one commit per hundred messages.</summary>
    public const int MessageLimit = 100;

    /// <summary>Two batches at once: one is written while the next one fills.</summary>
    public const int ConcurrencyLimit = 2;

    /// <summary>
    /// How long a batch waits for company after its first message. Short enough for a lone message's latency, long
    /// enough that a busy queue fills batches: MassTransit closes a batch on time even while both slots are busy,
    /// and small batches beget small batches (each refills only as the previous one is acknowledged).
    /// </summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(50);

    protected BatchConsumerDefinition(string queue)
    {
        Endpoint(endpoint =>
        {
            endpoint.Name = queue;
            // Note: below the batch capacity every batch would close on time, never full; twice the capacity keeps
            // the next batch's messages already on hand, not a broker round trip away, when a batch is acknowledged.
            endpoint.PrefetchCount = 2 * MessageLimit * ConcurrencyLimit;
        });
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        consumerConfigurator.Options<BatchOptions>(batch => batch
            .SetMessageLimit(MessageLimit)
            .SetTimeLimit(TimeLimit)
            .SetConcurrencyLimit(ConcurrencyLimit));
    }
}
