using MassTransit;

namespace Concord.Fiu.Consumers;

/// <summary>
/// The intake queue and its batching: up to <see cref="MessageLimit"/> reports per transaction, a batch closed
/// after <see cref="TimeLimit"/> when the queue is quiet, and <see cref="ConcurrencyLimit"/> batches at once.
/// </summary>
public sealed class ReportIntakeConsumerDefinition : ConsumerDefinition<ReportIntakeConsumer>
{
    /// <summary>Reports per database transaction: one commit per hundred reports instead of per report.</summary>
    public const int MessageLimit = 100;

    /// <summary>Two batches at once: one is written while the next one fills.</summary>
    public const int ConcurrencyLimit = 2;

    /// <summary>
    /// How long a batch waits for company after its first report. Short enough for a lone report's latency, long
    /// enough that a busy queue fills batches: MassTransit closes a batch on time even while both slots are busy,
    /// and small batches beget small batches (each refills only as the previous one is acknowledged).
    /// </summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(50);

    public ReportIntakeConsumerDefinition()
    {
        Endpoint(endpoint =>
        {
            endpoint.Name = ReportIntakeConsumer.Name;
            // Note: below the batch capacity every batch would close on time, never full; twice the capacity keeps
            // the next batch's reports already on hand, not a broker round trip away, when a batch is acknowledged.
            endpoint.PrefetchCount = 2 * MessageLimit * ConcurrencyLimit;
        });
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ReportIntakeConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        consumerConfigurator.Options<BatchOptions>(batch => batch
            .SetMessageLimit(MessageLimit)
            .SetTimeLimit(TimeLimit)
            .SetConcurrencyLimit(ConcurrencyLimit));
    }
}
