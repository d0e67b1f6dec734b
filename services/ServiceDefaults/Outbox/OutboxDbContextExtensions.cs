using System.Diagnostics;
using System.Text.Json;
using Concord.Contracts.Filing;
using Concord.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Concord.ServiceDefaults.Outbox;

public static class OutboxDbContextExtensions
{
    private static readonly System.Reflection.Assembly ContractsAssembly = typeof(SuspiciousActivityReported).Assembly;

    /// <summary>
    /// Stores a message to be published once the current unit of work commits. It is published if and only if
    /// the change it belongs to is committed; its message id is fixed now, so a re-publication is recognisable.
    /// </summary>
    public static Guid AddOutboxMessage<T>(this DbContext context, T message, DateTimeOffset now)
        where T : class
    {
        var type = typeof(T);
        if (type.Assembly != ContractsAssembly || type.FullName is null)
        {
            throw new ArgumentException($"Only Concord contract messages go through the outbox, not {type}.", nameof(message));
        }

        var current = Activity.Current;
        var entry = new OutboxMessage
        {
            MessageId = Guid.CreateVersion7(now),
            MessageType = type.FullName,
            Body = JsonSerializer.Serialize(message, ContractJson.Options),
            TraceParent = current?.Id,
            TraceState = current?.TraceStateString,
            CreatedAt = now,
        };
        context.Set<OutboxMessage>().Add(entry);
        return entry.MessageId;
    }

    /// <summary>
    /// Records that <paramref name="consumer"/> processed the message <paramref name="messageId"/>, and says whether it
    /// had already (a redelivery to skip). A message without an id cannot be recognised, so it is never one. Call inside
    /// the transaction that applies the message's effects.
    /// </summary>
    public static async Task<bool> IsRedeliveryAsync(this DbContext context, string consumer, Guid? messageId, DateTimeOffset now, CancellationToken cancellationToken) =>
        messageId is { } id && (await context.MarkProcessedAsync(consumer, [id], now, cancellationToken)).Count == 0;

    /// <summary>
    /// Records that <paramref name="consumer"/> processed each of <paramref name="messageIds"/> in one statement, and
    /// returns the ids it had not processed before; the others are redeliveries to skip. Call inside the transaction
    /// that applies the messages' effects, so both commit or neither does.
    /// </summary>
    public static async Task<HashSet<Guid>> MarkProcessedAsync(this DbContext context, string consumer, IEnumerable<Guid> messageIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = messageIds.Distinct().ToArray();
        if (ids.Length == 0)
        {
            return [];
        }

        var inserted = await context.Database.SqlQuery<Guid>(
            $"""
            INSERT INTO processed_messages (consumer, message_id, processed_at)
            SELECT {consumer}, id, {now} FROM unnest({ids}) AS id
            ON CONFLICT DO NOTHING
            RETURNING message_id AS "Value"
            """).ToListAsync(cancellationToken);
        return [.. inserted];
    }

    internal static Type? ResolveContractType(string fullName) => ContractsAssembly.GetType(fullName, throwOnError: false);
}
