using Npgsql;

namespace Concord.LegalBasis.Audit;

/// <summary>Reads the chain's head row: for an append (locked, in its transaction), a verification or a checkpoint.</summary>
internal static class AuditHeadRow
{
    /// <summary>The last sequence and hash, or null when the row is missing (the chain's tables were never created right).</summary>
    public static async Task<(long Sequence, byte[] Hash)?> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, bool forUpdate, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            forUpdate ? "SELECT sequence, hash FROM audit_head WHERE id = 1 FOR UPDATE" : "SELECT sequence, hash FROM audit_head WHERE id = 1",
            connection,
            transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetFieldValue<byte[]>(1)) : null;
    }
}
