using System.Collections.Concurrent;
using MassTransit;

namespace Concord.Testing;

/// <summary>
/// Counts, by message id, the messages a service's queues have finished with. MassTransit reports a receive only
/// after the message has been consumed (for a batch consumer: after its batch ran and committed) or faulted, so a
/// count tells a test that a delivery, duplicate or not, has been dealt with. Register it in the service under test
/// with <c>services.AddReceiveObserver(_ => counter)</c>.
/// </summary>
public sealed class ReceiveCounter(params string[] queues) : IReceiveObserver
{
    private readonly ConcurrentDictionary<Guid, int> _completed = new();

    public int Completed(Guid messageId) => _completed.GetValueOrDefault(messageId);

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context)
    {
        if (queues.Any(queue => context.InputAddress.AbsolutePath.EndsWith($"/{queue}", StringComparison.Ordinal))
            && context.GetMessageId() is { } messageId)
        {
            _completed.AddOrUpdate(messageId, 1, (_, count) => count + 1);
        }

        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class => Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;
}
