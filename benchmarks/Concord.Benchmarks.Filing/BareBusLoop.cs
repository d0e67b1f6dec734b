using System.Diagnostics;
using System.Text.Json.Serialization;
using Concord.Contracts.Filing;
using Concord.Testing;
using MassTransit;

namespace Concord.Benchmarks.Filing;

/// <summary>
/// The ceiling to compare against: the same broker, the same serializer and the same message
/// (<see cref="SuspiciousActivityReported"/> with the same report) sent to a queue and consumed, with nothing else.
/// Durable: a quorum queue, as every Concord queue is (the fair comparison); transient: a non-durable classic queue
/// that the broker keeps in memory only (the broker's plain ceiling).
/// </summary>
internal static class BareBusLoop
{
    public static async Task<double> MeasureAsync(Uri broker, int count, int concurrency, bool durable)
    {
        var consumed = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var queue = $"benchmark-bare-{(durable ? "quorum" : "transient")}-{Environment.ProcessId}";
        Uri? inputAddress = null;
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker);
            rabbit.ConfigureJsonSerializerOptions(json =>
            {
                json.Converters.Add(new JsonStringEnumConverter());
                return json;
            });
            rabbit.ReceiveEndpoint(queue, endpoint =>
            {
                if (durable)
                {
                    endpoint.SetQuorumQueue();
                    // Note: a quorum queue cannot auto-delete; the broker removes it a minute after the run instead.
                    endpoint.SetQueueArgument("x-expires", 60_000);
                }
                else
                {
                    endpoint.AutoDelete = true;
                    endpoint.Durable = false;
                }

                endpoint.PrefetchCount = 64;
                // Note: messages are sent to this queue only. Bound to the message type's exchange it would also take
                // the gateway's publications while it lives, and a quorum queue expiring under a publisher has left
                // that publisher's channel blocked for good on RabbitMQ 3.10.
                endpoint.ConfigureConsumeTopology = false;
                // Note: the address carries durable=false/autodelete=true; a plain queue: address would declare the
                // queue durable and the broker would refuse the mismatch.
                inputAddress = endpoint.InputAddress;
                endpoint.Handler<SuspiciousActivityReported>(_ =>
                {
                    if (Interlocked.Increment(ref consumed) == count)
                    {
                        done.TrySetResult();
                    }

                    return Task.CompletedTask;
                });
            });
        });
        await bus.StartAsync();
        try
        {
            var endpoint = await bus.GetSendEndpoint(inputAddress!);
            var message = new SuspiciousActivityReported
            {
                ReportId = Guid.NewGuid(),
                ConcordReference = "CR-2026-BENCHMARK0",
                BankOrganisationId = "bank-alpha",
                FiledBy = "bank-alpha-filing",
                FiledAt = DateTimeOffset.UtcNow,
                Report = SampleReports.Structuring("bank-alpha", "BARE-1"),
            };

            var started = Stopwatch.GetTimestamp();
            var sent = 0;
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
            {
                while (Interlocked.Increment(ref sent) <= count)
                {
                    await endpoint.Send(message);
                }
            }));
            await done.Task.WaitAsync(TimeSpan.FromMinutes(5));
            return count / Stopwatch.GetElapsedTime(started).TotalSeconds;
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
