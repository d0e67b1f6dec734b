using System.Text.Json;
using Concord.Contracts.Typologies;
using Concord.Fiu.Persistence;
using Concord.Fiu.Screening;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Concord.Fiu.Consumers;

/// <summary>
/// Keeps the typologies the FIU screens with as the typology service publishes and withdraws them: one row per
/// typology, replaced only by a later version (an older version arriving late changes nothing) or by the withdrawal of
/// the version it holds (its rules stop). A redelivered message is skipped by the inbox; a replayed one by the version
/// check. Every change draws a new generation, which tells each replica's <see cref="ScreeningRules"/> to recompile.
/// </summary>
public sealed partial class TypologyScreeningChangedConsumer(
    FiuDbContext db,
    TimeProvider time,
    ILogger<TypologyScreeningChangedConsumer> logger) : IConsumer<TypologyScreeningChanged>
{
    /// <summary>The queue, and the consumer name in the inbox.</summary>
    public const string Name = "fiu-typology-screening";

    // Note: any fixed number; it names the lock that serialises writers of the screening table (see below).
    private const long WriterLock = 0x5C4EE71_0001;

    public async Task Consume(ConsumeContext<TypologyScreeningChanged> context)
    {
        var cancellationToken = context.CancellationToken;
        // Note: a retry runs in the same scope; what the failed attempt left tracked would otherwise be saved again.
        db.ChangeTracker.Clear();
        var message = context.Message;
        if (message.TypologyId == Guid.Empty || string.IsNullOrWhiteSpace(message.Code) || message.Version < 1)
        {
            LogInvalid(context.MessageId, message.Code, message.Version);
            return;
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.IsRedeliveryAsync(Name, context.MessageId, now, cancellationToken))
        {
            LogDuplicateMessage(context.MessageId!.Value, message.Code, message.Version);
            return;
        }

        // Note: one writer at a time, so generations commit in the order they are drawn and the largest generation a
        // replica reads can never hide an earlier change that commits later.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({WriterLock})", cancellationToken);
        IReadOnlyList<TypologyIndicator> screened = message.Withdrawn ? [] : message.Indicators ?? [];
        var indicators = JsonSerializer.Serialize(screened, ContractJson.Options);
        var changed = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO screening_typologies (typology_id, code, version, withdrawn, indicators, changed_at, received_at, generation)
            VALUES ({message.TypologyId}, {message.Code}, {message.Version}, {message.Withdrawn}, {indicators}::jsonb,
                    {message.ChangedAt}, {now}, nextval('screening_generation'))
            ON CONFLICT (typology_id) DO UPDATE SET
                code = excluded.code, version = excluded.version, withdrawn = excluded.withdrawn, indicators = excluded.indicators,
                changed_at = excluded.changed_at, received_at = excluded.received_at, generation = excluded.generation
            WHERE screening_typologies.version < excluded.version
               OR (screening_typologies.version = excluded.version AND excluded.withdrawn AND NOT screening_typologies.withdrawn)
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        if (changed == 0)
        {
            LogStale(message.Code, message.Version, message.Withdrawn);
        }
        else if (message.Withdrawn)
        {
            LogWithdrawn(message.Code, message.Version);
        }
        else
        {
            LogScreening(message.Code, message.Version, screened.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Screening change {MessageId} names no typology id, code or version ({Code} v{Version}); ignored")]
    private partial void LogInvalid(Guid? messageId, string? code, int version);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Screening change {MessageId} for {Code} v{Version} was already processed; skipped")]
    private partial void LogDuplicateMessage(Guid messageId, string code, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Screening change for {Code} v{Version} (withdrawn: {Withdrawn}) is not newer than what the FIU holds; nothing changes")]
    private partial void LogStale(string code, int version, bool withdrawn);

    [LoggerMessage(Level = LogLevel.Information, Message = "Typology {Code} v{Version} withdrawn: its rules no longer screen reports")]
    private partial void LogWithdrawn(string code, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Typology {Code} v{Version} now screens reports with its {Indicators} indicator(s)")]
    private partial void LogScreening(string code, int version, int indicators);
}
