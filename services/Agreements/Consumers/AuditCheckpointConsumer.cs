using System.Text.RegularExpressions;
using Concord.Agreements.Persistence;
using Concord.Contracts.Audit;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Concord.Agreements.Consumers;

/// <summary>
/// Keeps every audit checkpoint the services publish. The first hash received for a (service, sequence) stands: the
/// same one again is a redelivery and changes nothing; a different one is never written over it but kept as a
/// conflict, since it means the service's chain was rewritten (or someone publishes in its name).
/// </summary>
public sealed partial class AuditCheckpointConsumer(AgreementsDbContext db, TimeProvider time, ILogger<AuditCheckpointConsumer> logger) : IConsumer<AuditCheckpointRecorded>
{
    /// <summary>The queue, shared by the service's replicas.</summary>
    public const string Name = "agreements-audit-checkpoints";

    public async Task Consume(ConsumeContext<AuditCheckpointRecorded> context)
    {
        var checkpoint = context.Message;
        var cancellationToken = context.CancellationToken;
        if (string.IsNullOrWhiteSpace(checkpoint.Service) || checkpoint.Service.Length > 64 || checkpoint.Sequence < 1
            || checkpoint.Hash is null || !Sha256Hex().IsMatch(checkpoint.Hash))
        {
            // Note: not thrown: a malformed checkpoint would fail the same way on every redelivery.
            LogMalformed(checkpoint.Service, checkpoint.Sequence, checkpoint.Hash);
            return;
        }

        var hash = checkpoint.Hash.ToLowerInvariant();
        var now = time.GetUtcNow();
        var recordedAt = checkpoint.RecordedAt.ToUniversalTime();
        var stored = await db.Database.SqlQuery<string>(
            $"""
            INSERT INTO audit_checkpoints (service, sequence, hash, recorded_at, received_at)
            VALUES ({checkpoint.Service}, {checkpoint.Sequence}, {hash}, {recordedAt}, {now})
            ON CONFLICT (service, sequence) DO UPDATE SET service = audit_checkpoints.service
            RETURNING hash AS "Value"
            """).ToListAsync(cancellationToken);
        var held = stored.Single();
        if (held == hash)
        {
            return;
        }

        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO audit_checkpoint_conflicts (service, sequence, stored_hash, conflicting_hash, recorded_at, received_at)
            VALUES ({checkpoint.Service}, {checkpoint.Sequence}, {held}, {hash}, {recordedAt}, {now})
            ON CONFLICT (service, sequence, conflicting_hash) DO NOTHING
            """, cancellationToken);
        LogConflict(checkpoint.Service, checkpoint.Sequence, held, hash);
    }

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Hex();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Malformed audit checkpoint ignored: service '{Service}', sequence {Sequence}, hash '{Hash}'")]
    private partial void LogMalformed(string? service, long sequence, string? hash);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Audit checkpoint conflict: {Service} entry {Sequence} was vouched for with hash {StoredHash}, now with {ConflictingHash}; its history was rewritten or someone publishes in its name. The first hash stands; the conflict is kept")]
    private partial void LogConflict(string service, long sequence, string storedHash, string conflictingHash);
}
