using System.Collections.Concurrent;
using System.Text.Json.Serialization;
using Concord.Contracts.Agreements;
using Concord.Testing;
using MassTransit;

namespace Concord.Agreements.Tests.Integration;

/// <summary>
/// A bus of the test's own on the test virtual host, as a replica would have: it records every agreement event and
/// heartbeat on a queue of its own (bound before the service starts, so nothing is missed), and publishes as other
/// services do.
/// </summary>
public sealed class AgreementEvents : IAsyncDisposable
{
    private readonly ConcurrentQueue<object> _received = new();
    private readonly IBusControl _bus;

    private AgreementEvents(string connectionString)
    {
        _bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(connectionString));
            rabbit.ConfigureJsonSerializerOptions(json =>
            {
                json.Converters.Add(new JsonStringEnumConverter());
                return json;
            });
            rabbit.ReceiveEndpoint("test-replica", endpoint =>
            {
                Record<AgreementChanged>(endpoint);
                Record<OnwardSharingConsentChanged>(endpoint);
                Record<OnwardSharingConsentRequestAnswered>(endpoint);
                Record<AgreementsHeartbeat>(endpoint);
            });
        });
    }

    public IBus Bus => _bus;

    public static async Task<AgreementEvents> StartAsync(string connectionString)
    {
        var events = new AgreementEvents(connectionString);
        await events._bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return events;
    }

    public IReadOnlyList<T> Received<T>() where T : class => [.. _received.OfType<T>()];

    public IReadOnlyList<AgreementChanged> Changes(Guid agreementId) => [.. Received<AgreementChanged>().Where(c => c.Terms.AgreementId == agreementId).OrderBy(c => c.Sequence)];

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
