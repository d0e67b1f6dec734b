using System.Collections.Concurrent;
using System.Text.Json.Serialization;
using Concord.Contracts.Typologies;
using Concord.Testing;
using MassTransit;

namespace Concord.Typology.Tests.Integration;

/// <summary>
/// A bus of the test's own on the service's virtual host: it publishes as the gateway and the FIU service would, and
/// records every typology message the service sends on a queue bound to their exchanges before the service starts, so
/// nothing is missed and a message to the wrong recipient would be seen.
/// </summary>
internal sealed class TypologyBus : IAsyncDisposable
{
    private readonly ConcurrentQueue<object> _received = new();
    private readonly IBusControl _bus;

    private TypologyBus(string connectionString)
    {
        _bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(connectionString));
            rabbit.ConfigureJsonSerializerOptions(json =>
            {
                json.Converters.Add(new JsonStringEnumConverter());
                return json;
            });
            rabbit.ReceiveEndpoint("typology-test-observer", endpoint =>
            {
                // Note: one at a time, so a sentinel published last is recorded last.
                endpoint.PrefetchCount = 1;
                endpoint.ConcurrentMessageLimit = 1;
                Record<TypologyPublished>(endpoint);
                Record<TypologySuperseded>(endpoint);
                Record<TypologyWithdrawn>(endpoint);
                Record<TypologyScreeningChanged>(endpoint);
            });
        });
    }

    public IBus Bus => _bus;

    public static async Task<TypologyBus> StartAsync(string connectionString)
    {
        var bus = new TypologyBus(connectionString);
        await bus._bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return bus;
    }

    public IReadOnlyList<T> Received<T>() where T : class => _received.OfType<T>().ToList();

    public Task<T> WaitForAsync<T>(Func<T, bool> match, string because) where T : class =>
        Eventually.GetAsync(() => Task.FromResult(Received<T>().FirstOrDefault(match)), found => found is not null, because)!;

    public async ValueTask DisposeAsync() => await _bus.StopAsync();

    private void Record<T>(IRabbitMqReceiveEndpointConfigurator endpoint) where T : class =>
        endpoint.Handler<T>(context =>
        {
            _received.Enqueue(context.Message);
            return Task.CompletedTask;
        });
}
