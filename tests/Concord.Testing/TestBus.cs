using System.Collections.Concurrent;
using System.Text.Json.Serialization;
using Concord.Contracts.Feedback;
using Concord.Contracts.Filing;
using Concord.Contracts.Requests;
using Concord.Contracts.Typologies;
using MassTransit;

namespace Concord.Testing;

/// <summary>
/// A bus of the test's own on a test virtual host: it publishes as another service would, and records every
/// filing, request and feedback message it sees on a queue of its own (bound before anything is published, so nothing is missed).
/// </summary>
public sealed class TestBus : IAsyncDisposable
{
    private readonly ConcurrentQueue<(Guid? MessageId, object Message)> _received = new();
    private readonly IBusControl _bus;

    private TestBus(string connectionString, string queue)
    {
        _bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(connectionString));
            rabbit.ConfigureJsonSerializerOptions(json =>
            {
                json.Converters.Add(new JsonStringEnumConverter());
                return json;
            });
            rabbit.ReceiveEndpoint(queue, endpoint =>
            {
                Record<SuspiciousActivityReported>(endpoint);
                Record<ReportAcknowledged>(endpoint);
                Record<ReportRejected>(endpoint);
                Record<InformationRequested>(endpoint);
                Record<InformationRequestWithdrawn>(endpoint);
                Record<InformationRequestAnswered>(endpoint);
                Record<ReportFeedbackGiven>(endpoint);
                Record<ReportScreened>(endpoint);
                Record<ReportDecisionRecorded>(endpoint);
            });
        });
    }

    public IBus Bus => _bus;

    public static async Task<TestBus> StartAsync(string connectionString, string queue = "test-observer")
    {
        var bus = new TestBus(connectionString, queue);
        await bus._bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return bus;
    }

    public IReadOnlyList<T> Received<T>() where T : class => _received.Select(r => r.Message).OfType<T>().ToList();

    public IReadOnlyList<Guid?> MessageIds<T>() where T : class => _received.Where(r => r.Message is T).Select(r => r.MessageId).ToList();

    public Task<T> WaitForAsync<T>(Func<T, bool> match, string because, TimeSpan? timeout = null) where T : class =>
        Eventually.GetAsync(() => Task.FromResult(Received<T>().FirstOrDefault(match)), found => found is not null, because, timeout)!;

    public async ValueTask DisposeAsync() => await _bus.StopAsync();

    private void Record<T>(IRabbitMqReceiveEndpointConfigurator endpoint) where T : class =>
        endpoint.Handler<T>(context =>
        {
            _received.Enqueue((context.MessageId, context.Message));
            return Task.CompletedTask;
        });
}
