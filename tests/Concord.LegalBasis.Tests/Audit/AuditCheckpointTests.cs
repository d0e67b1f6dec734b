using System.Collections.Concurrent;
using Concord.Contracts.Audit;
using Concord.LegalBasis.Audit;
using Concord.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Concord.LegalBasis.Tests.Audit;

/// <summary>Chain heads published over the real RabbitMQ, and a verification that holds the chain to them.</summary>
public sealed class AuditCheckpointTests
{
    [Fact]
    public async Task Checkpoint_WhenTheHeadMoves_PublishesItOnceAndVerificationAgreesWithIt()
    {
        await using var broker = await TestVirtualHost.CreateAsync("checkpoints");
        await using var database = await AuditDatabase.CreateAsync();
        var received = new ConcurrentQueue<AuditCheckpointRecorded>();
        using var host = Build(broker, database, received);
        await host.StartAsync();
        try
        {
            var publisher = host.Services.GetRequiredService<AuditCheckpointPublisher<AuditDatabase.AuditContext>>();
            await AppendAsync(database, 7);

            var first = await publisher.CheckpointAsync(CancellationToken.None);
            var unchanged = await publisher.CheckpointAsync(CancellationToken.None);
            await AppendAsync(database, 3);
            var second = await publisher.CheckpointAsync(CancellationToken.None);

            Assert.Equal(7, first?.Sequence);
            Assert.Null(unchanged);
            Assert.Equal(10, second?.Sequence);
            await Eventually.AssertAsync(() => Task.FromResult(received.Count == 2), "both checkpoints received");
            Assert.All(received, checkpoint => Assert.Equal("fiu", checkpoint.Service));
            var vouched = received.Select(c => new AuditCheckpoint(c.Sequence, Convert.FromHexString(c.Hash), c.RecordedAt)).ToArray();
            var verification = await database.VerifyAsync(vouched);
            Assert.True(verification.IsIntact, verification.Problem);
            Assert.Equal(second!.Hash, Convert.ToHexStringLower(verification.LastHash));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static Task AppendAsync(AuditDatabase database, int count) =>
        database.AppendAsync([.. Enumerable.Range(0, count).Select(i => new AuditRecord
        {
            Kind = AuditKind.Dissemination,
            Actor = "fiu-gb/analyst-3",
            Action = "disseminate analysis",
            Subject = $"analysis:AN-{i}",
            Outcome = AuditOutcome.Performed,
            RecordedAt = DateTimeOffset.UtcNow,
        })]);

    private static IHost Build(TestVirtualHost broker, AuditDatabase database, ConcurrentQueue<AuditCheckpointRecorded> received) =>
        BusTestHost.Build(
            broker,
            database,
            // Note: a long interval, so that only the test's own calls publish.
            services => services.AddAuditCheckpoints<AuditDatabase.AuditContext>(options =>
            {
                options.Service = "fiu";
                options.CheckpointInterval = TimeSpan.FromHours(1);
            }),
            _ => { },
            (_, rabbit) => rabbit.ReceiveEndpoint("agreements-audit-checkpoints", endpoint => endpoint.Handler<AuditCheckpointRecorded>(context =>
            {
                received.Enqueue(context.Message);
                return Task.CompletedTask;
            })));
}
