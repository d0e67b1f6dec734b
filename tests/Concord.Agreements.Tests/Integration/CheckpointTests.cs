using System.Net;
using System.Text.Json;
using Concord.Contracts.Audit;
using Concord.LegalBasis.Audit;
using Concord.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Concord.Agreements.Tests.Integration;

/// <summary>Audit checkpoints from every service, kept over the real broker: once each, conflicts apart, in the CLI's file format.</summary>
public sealed class CheckpointTests(FastHost host) : IClassFixture<FastHost>
{
    /// <summary>As the CLI reads its checkpoint file.</summary>
    private static readonly JsonSerializerOptions CliJson = new(JsonSerializerDefaults.Web);

    private static readonly string HashA = new('a', 64);
    private static readonly string HashB = new('b', 64);

    [Fact]
    public async Task Checkpoint_WhenDeliveredTwice_IsStoredOnce()
    {
        var service = $"fiu-{Guid.NewGuid():N}"[..20];
        var checkpoint = new AuditCheckpointRecorded { Service = service, Sequence = 10, Hash = HashA, RecordedAt = DateTimeOffset.UtcNow };

        await PublishAsync(checkpoint, checkpoint, checkpoint with { Sequence = 20, Hash = HashB.ToUpperInvariant() });

        var listed = await ListAsync(service);
        Assert.Equal([(10L, HashA), (20L, HashB)], (await ListAsync(service)).Select(c => (c.GetProperty("sequence").GetInt64(), c.GetProperty("hash").GetString()!)));
        Assert.Equal(2, listed.Count);
        Assert.Equal(2, await host.QueryAsync(db => db.Checkpoints.CountAsync(c => c.Service == service)));
    }

    [Fact]
    public async Task Checkpoint_WithAnotherHashForAStoredSequence_KeepsTheFirstAndRecordsTheConflictOnce()
    {
        var service = $"gw-{Guid.NewGuid():N}"[..20];
        var first = new AuditCheckpointRecorded { Service = service, Sequence = 7, Hash = HashA, RecordedAt = DateTimeOffset.UtcNow };
        await PublishAsync(first);
        await PublishAsync(first with { Hash = HashB }, first with { Hash = HashB });
        using var oversight = await host.ClientAsync(Clients.Oversight);

        var kept = Assert.Single(await ListAsync(service));
        Assert.Equal(HashA, kept.GetProperty("hash").GetString());
        var conflict = Assert.Single((await Api.GetAsync(oversight, $"/api/v1/audit/checkpoints/{service}/conflicts")).Body.EnumerateArray());
        Assert.Equal((7, HashA, HashB), (conflict.GetProperty("sequence").GetInt64(), conflict.GetProperty("storedHash").GetString(), conflict.GetProperty("conflictingHash").GetString()));
        Assert.Equal(1, await host.QueryAsync(db => db.CheckpointConflicts.CountAsync(c => c.Service == service)));
    }

    [Fact]
    public async Task Checkpoint_WhenMalformed_IsIgnored()
    {
        var service = $"bad-{Guid.NewGuid():N}"[..20];

        await PublishAsync(
            new AuditCheckpointRecorded { Service = service, Sequence = 1, Hash = "not-hex", RecordedAt = DateTimeOffset.UtcNow },
            new AuditCheckpointRecorded { Service = service, Sequence = 0, Hash = HashA, RecordedAt = DateTimeOffset.UtcNow },
            new AuditCheckpointRecorded { Service = service, Sequence = 3, Hash = HashA[..63], RecordedAt = DateTimeOffset.UtcNow });

        Assert.Empty(await ListAsync(service));
    }

    [Fact]
    public async Task OwnChain_IsCheckpointed_AndTheListedCheckpointsVerifyItAsTheCliWould()
    {
        await host.RegisterGatewayAsync();
        long head;
        await using (var connection = await host.OpenDatabaseAsync())
        {
            head = (await AuditVerifier.VerifyAsync(connection, [], CancellationToken.None)).LastSequence;
        }

        using var oversight = await host.ClientAsync(Clients.Oversight);
        var json = await Eventually.GetAsync(
            () => oversight.GetStringAsync(new Uri("/api/v1/audit/checkpoints/agreements", UriKind.Relative)),
            body => body.Contains($"\"sequence\":{head},", StringComparison.Ordinal),
            "the service's own chain head is checkpointed");

        // The exact file format `concord audit verify --checkpoints` reads: an array of {sequence, hash, takenAt}.
        var entries = JsonSerializer.Deserialize<List<CliCheckpoint>>(json, CliJson)!;
        Assert.All(JsonDocument.Parse(json).RootElement.EnumerateArray(), e => Assert.Equal(["sequence", "hash", "takenAt"], e.EnumerateObject().Select(p => p.Name)));
        var checkpoints = entries.Select(e => new AuditCheckpoint(e.Sequence, Convert.FromHexString(e.Hash), e.TakenAt)).ToList();
        await using var verify = await host.OpenDatabaseAsync();
        var verification = await AuditVerifier.VerifyAsync(verify, checkpoints, CancellationToken.None);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Contains(checkpoints, c => c.Sequence == head);
    }

    private async Task<List<JsonElement>> ListAsync(string service)
    {
        using var oversight = await host.ClientAsync(Clients.Oversight);
        var (status, body) = await Api.GetAsync(oversight, $"/api/v1/audit/checkpoints/{service}");
        Assert.Equal(HttpStatusCode.OK, status);
        return [.. body.EnumerateArray()];
    }

    /// <summary>Publishes as another service would, and returns once the service has finished with every message.</summary>
    private async Task PublishAsync(params AuditCheckpointRecorded[] checkpoints)
    {
        var ids = new List<Guid>();
        foreach (var checkpoint in checkpoints)
        {
            var id = Guid.NewGuid();
            ids.Add(id);
            await host.Events.Bus.Publish(checkpoint, context => context.MessageId = id);
        }

        await Eventually.AssertAsync(() => Task.FromResult(ids.All(id => host.Consumed.Completed(id) > 0)), "every checkpoint is consumed");
    }

    private sealed record CliCheckpoint(long Sequence, string Hash, DateTimeOffset TakenAt);
}
