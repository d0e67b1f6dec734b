using System.Collections.Concurrent;
using Concord.Fiu.Consumers;
using MassTransit;

namespace Concord.Fiu.Tests.Integration;

/// <summary>
/// Counts the messages the FIU's intake queue has finished with, by message id. MassTransit reports a receive
/// only after the message's batch has run and committed (or faulted), so a count tells a test that a delivery,
/// duplicate or not, has been dealt with.
/// </summary>
internal sealed class IntakeObserver : IReceiveObserver
{
    private readonly ConcurrentDictionary<Guid, int> _completed = new();

    public int Completed(Guid messageId) => _completed.GetValueOrDefault(messageId);

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context)
    {
        if (context.InputAddress.AbsolutePath.EndsWith($"/{ReportIntakeConsumer.Name}", StringComparison.Ordinal)
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
