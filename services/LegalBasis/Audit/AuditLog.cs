using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Concord.LegalBasis.Audit;

/// <summary>
/// Appends records to a service's audit chain inside the transaction of the change they record, so both commit or
/// neither does. A batch is chained in one statement; the head row's lock orders concurrent appenders.
/// </summary>
public static class AuditLog
{
    /// <summary>Appends <paramref name="records"/> in order, in <paramref name="db"/>'s current transaction, and returns their entries.</summary>
    /// <exception cref="InvalidOperationException">No transaction is open: an audit entry must commit with its change.</exception>
    public static Task<IReadOnlyList<AuditEntry>> AppendAsync(DbContext db, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Audit entries are appended in the transaction of the change they record; begin one first.");
        return AppendAsync((NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction(), records, cancellationToken);
    }

    public static async Task<IReadOnlyList<AuditEntry>> AppendAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return [];
        }

        var (sequence, previous) = await AuditHeadRow.ReadAsync(connection, transaction, forUpdate: true, cancellationToken)
            ?? throw new InvalidOperationException("audit_head has no row: the service's migration did not create the audit chain.");
        var entries = new AuditEntry[records.Count];
        using (var hasher = new AuditHasher())
        {
            for (var i = 0; i < records.Count; i++)
            {
                var entry = ToEntry(records[i], ++sequence, previous);
                entry.Hash = hasher.Hash(entry);
                previous = entry.Hash;
                entries[i] = entry;
            }
        }

        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO audit_entries (sequence, recorded_at, kind, actor, action, subject, outcome, agreement_id, agreement_version, reasons, details, previous_hash, hash)
            SELECT * FROM unnest($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::json[], $12, $13)
            """, connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Sequence).ToArray() });
            insert.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.RecordedAt).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
            insert.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Kind.ToString()).ToArray() });
            insert.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Actor).ToArray() });
            insert.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Action).ToArray() });
            insert.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Subject).ToArray() });
            insert.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Outcome.ToString()).ToArray() });
            insert.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.AgreementId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
            insert.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.AgreementVersion).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
            insert.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Reasons).ToArray() });
            insert.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Details).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            insert.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.PreviousHash).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            insert.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Hash).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var head = new NpgsqlCommand("UPDATE audit_head SET sequence = $1, hash = $2 WHERE id = 1", connection, transaction))
        {
            head.Parameters.Add(new NpgsqlParameter { Value = sequence });
            head.Parameters.Add(new NpgsqlParameter { Value = previous });
            await head.ExecuteNonQueryAsync(cancellationToken);
        }

        return entries;
    }

    private static AuditEntry ToEntry(AuditRecord record, long sequence, byte[] previous) => new()
    {
        Sequence = sequence,
        // Note: PostgreSQL keeps microseconds; the hash must cover exactly what is stored.
        RecordedAt = new DateTimeOffset(record.RecordedAt.UtcTicks - (record.RecordedAt.UtcTicks % 10), TimeSpan.Zero),
        Kind = record.Kind,
        Actor = record.Actor,
        Action = record.Action,
        Subject = record.Subject,
        Outcome = record.Outcome,
        AgreementId = record.AgreementId,
        AgreementVersion = record.AgreementVersion,
        Reasons = record.Reasons,
        Details = record.Details,
        PreviousHash = previous,
    };
}
