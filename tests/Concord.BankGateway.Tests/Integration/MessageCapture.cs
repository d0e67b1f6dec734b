using System.Collections.Concurrent;
using System.Text.Json.Serialization;
using Concord.Testing;
using MassTransit;

namespace Concord.BankGateway.Tests.Integration;

/// <summary>
/// What the FIU would receive of one message type: a queue of the test's own, bound before anything is published,
/// recording every message published to it with its message id.
/// </summary>
internal sealed class MessageCapture<T> : IAsyncDisposable
    where T : class
{
    private readonly ConcurrentQueue<(Guid? MessageId, T Message)> _received = new();
    private readonly IBusControl _bus;

    private MessageCapture(string connectionString, string queue) =>
        _bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(connectionString));
            rabbit.ConfigureJsonSerializerOptions(json =>
            {
                json.Converters.Add(new JsonStringEnumConverter());
                return json;
            });
            rabbit.ReceiveEndpoint(queue, endpoint => endpoint.Handler<T>(context =>
            {
                _received.Enqueue((context.MessageId, context.Message));
                return Task.CompletedTask;
            }));
        });

    public IReadOnlyList<T> Received => [.. _received.Select(r => r.Message)];

    public static async Task<MessageCapture<T>> StartAsync(string connectionString, string queue)
    {
        var capture = new MessageCapture<T>(connectionString, queue);
        await capture._bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return capture;
    }

    public Task<T> WaitForAsync(Func<T, bool> match, string because) =>
        Eventually.GetAsync(() => Task.FromResult(Received.FirstOrDefault(match)), found => found is not null, because)!;

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
