using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Serialization;
using Concord.Contracts.Filing;
using MassTransit;

namespace Concord.Benchmarks.Filing;

/// <summary>Listens to the FIU's decisions on a queue of its own and notes when each report's decision arrived.</summary>
internal sealed class AcknowledgementListener : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, long> _decidedAt = new(StringComparer.Ordinal);
    private readonly IBusControl _bus;

    private AcknowledgementListener(Uri broker)
    {
        _bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker);
            rabbit.ConfigureJsonSerializerOptions(json =>
            {
                json.Converters.Add(new JsonStringEnumConverter());
                return json;
            });
            rabbit.ReceiveEndpoint($"benchmark-decisions-{Environment.ProcessId}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.PrefetchCount = 500;
                endpoint.Handler<ReportAcknowledged>(context => Note(context.Message.ConcordReference));
                endpoint.Handler<ReportRejected>(context => Note(context.Message.ConcordReference));
            });
        });
    }

    public int Count => _decidedAt.Count;

    public static async Task<AcknowledgementListener> StartAsync(Uri broker)
    {
        var listener = new AcknowledgementListener(broker);
        await listener._bus.StartAsync();
        return listener;
    }

    public bool TryGet(string concordReference, out long timestamp) => _decidedAt.TryGetValue(concordReference, out timestamp);

    public async ValueTask DisposeAsync() => await _bus.StopAsync();

    private Task Note(string concordReference)
    {
        _decidedAt.TryAdd(concordReference, Stopwatch.GetTimestamp());
        return Task.CompletedTask;
    }
}
