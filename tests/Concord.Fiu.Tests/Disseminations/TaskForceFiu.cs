using System.Collections.Concurrent;
using System.Text.Json.Serialization;
using Concord.Contracts.Cases;
using Concord.Contracts.Filing;
using Concord.Fiu.Tests.Integration;
using MassTransit;
using Xunit;

namespace Concord.Fiu.Tests.Disseminations;

/// <summary>
/// An FIU whose replica holds the statutory agreements and the task force's, with an observer of its own on the FIU's
/// virtual host that records every <see cref="IntelligenceDisseminated"/> the FIU publishes (bound before any is).
/// </summary>
public sealed class TaskForceFiu : IAsyncLifetime
{
    private readonly ConcurrentQueue<IntelligenceDisseminated> _disseminated = new();
    private IBusControl? _observer;

    public FiuHost Host { get; } = new(TaskForce.All());

    public IReadOnlyList<IntelligenceDisseminated> Disseminated => [.. _disseminated];

    public async Task InitializeAsync()
    {
        await Host.InitializeAsync();
        _observer = MassTransit.Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(Host.Broker.ConnectionString));
            rabbit.ConfigureJsonSerializerOptions(json =>
            {
                json.Converters.Add(new JsonStringEnumConverter());
                return json;
            });
            rabbit.ReceiveEndpoint("test-disseminations", endpoint => endpoint.Handler<IntelligenceDisseminated>(context =>
            {
                _disseminated.Enqueue(context.Message);
                return Task.CompletedTask;
            }));
        });
        using var started = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _observer.StartAsync(started.Token);
    }

    /// <summary>Files a report as the gateway would and returns it once the FIU has acknowledged it.</summary>
    public async Task<SuspiciousActivityReported> FileAsync(string bank)
    {
        var filed = Reports.Filed(bank: bank);
        await Host.PublishAsync(filed, Guid.NewGuid());
        await Host.Bus.WaitForAsync<ReportAcknowledged>(a => a.ReportId == filed.ReportId, $"{bank}'s report is acknowledged");
        return filed;
    }

    public async Task DisposeAsync()
    {
        if (_observer is not null)
        {
            await _observer.StopAsync();
        }

        await Host.DisposeAsync();
    }
}
