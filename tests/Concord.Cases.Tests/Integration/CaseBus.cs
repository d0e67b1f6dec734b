using System.Collections.Concurrent;
using System.Text.Json.Serialization;
using Concord.Contracts.Agreements;
using Concord.Contracts.Cases;
using Concord.Testing;
using MassTransit;

namespace Concord.Cases.Tests.Integration;

/// <summary>
/// A bus of the test's own: it publishes disseminations and answers as the FIU and the bank gateway would (with no
/// enforcement of its own: the service's consume filter is what is tested), and records every production request,
/// outcome and consent request the service publishes, on a queue bound before anything is published.
/// </summary>
public sealed class CaseBus : IAsyncDisposable
{
    private readonly ConcurrentQueue<(Guid? MessageId, object Message)> _received = new();
    private readonly IBusControl _bus;

    private CaseBus(string connectionString)
    {
        _bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(connectionString));
            rabbit.ConfigureJsonSerializerOptions(json =>
            {
                json.Converters.Add(new JsonStringEnumConverter());
                return json;
            });
            rabbit.ReceiveEndpoint("cases-test-observer", endpoint =>
            {
                Record<ProductionRequested>(endpoint);
                Record<CaseOutcomeReported>(endpoint);
                Record<CaseOutcomeSharedWithBank>(endpoint);
                Record<OnwardSharingConsentRequested>(endpoint);
            });
        });
    }

    public static async Task<CaseBus> StartAsync(string connectionString)
    {
        var bus = new CaseBus(connectionString);
        using var starting = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await bus._bus.StartAsync(starting.Token);
        return bus;
    }

    public Task PublishAsync<T>(T message, Guid? messageId = null) where T : class =>
        _bus.Publish(message, context => context.MessageId = messageId ?? Guid.NewGuid());

    public IReadOnlyList<T> Received<T>() where T : class => _received.Select(r => r.Message).OfType<T>().ToList();

    public Task<T> WaitForAsync<T>(Func<T, bool> match, string because) where T : class =>
        Eventually.GetAsync(() => Task.FromResult(Received<T>().FirstOrDefault(match)), found => found is not null, because)!;

    public async ValueTask DisposeAsync() => await _bus.StopAsync();

    private void Record<T>(IRabbitMqReceiveEndpointConfigurator endpoint) where T : class =>
        endpoint.Handler<T>(context =>
        {
            _received.Enqueue((context.MessageId, context.Message));
            return Task.CompletedTask;
        });
}
