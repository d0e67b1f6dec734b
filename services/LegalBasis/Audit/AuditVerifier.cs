using Npgsql;

namespace Concord.LegalBasis.Audit;

/// <summary>
/// Reads a service's chain from the first entry to the last, recomputes every hash, and compares the chain with its
/// head row and with checkpoints published earlier, so that an entry altered, removed or re-chained is found and named.
/// </summary>
public static class AuditVerifier
{
    public static async Task<AuditVerification> VerifyAsync(NpgsqlConnection connection, IReadOnlyCollection<AuditCheckpoint> checkpoints, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoints);
        var vouched = checkpoints.ToDictionary(checkpoint => checkpoint.Sequence);
        var previous = new byte[AuditChainModel.HashLength];
        long expected = 1;
        long checkedCount = 0;

        await using (var command = new NpgsqlCommand(
            "SELECT sequence, recorded_at, kind, actor, action, subject, outcome, agreement_id, agreement_version, reasons, details, previous_hash, hash FROM audit_entries ORDER BY sequence",
            connection))
        {
            await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken);
            using var hasher = new AuditHasher();
            while (await reader.ReadAsync(cancellationToken))
            {
                var sequence = reader.GetInt64(0);
                var recordedAt = reader.GetFieldValue<DateTimeOffset>(1);
                var kind = reader.GetString(2);
                var actor = reader.GetString(3);
                var action = reader.GetString(4);
                var subject = reader.GetString(5);
                var outcome = reader.GetString(6);
                var entry = new AuditEntry
                {
                    Sequence = sequence,
                    RecordedAt = recordedAt,
                    Actor = actor,
                    Action = action,
                    Subject = subject,
                    AgreementId = reader.IsDBNull(7) ? null : reader.GetGuid(7),
                    AgreementVersion = reader.IsDBNull(8) ? null : reader.GetInt32(8),
                    Reasons = reader.GetString(9),
                    Details = reader.IsDBNull(10) ? null : reader.GetString(10),
                    PreviousHash = reader.GetFieldValue<byte[]>(11),
                    Hash = reader.GetFieldValue<byte[]>(12),
                };

                // Note: a kind or outcome Concord never writes can only come from an edit: that entry was altered.
                if (!Enum.TryParse<AuditKind>(kind, out var parsedKind) || !Enum.TryParse<AuditOutcome>(outcome, out var parsedOutcome))
                {
                    return Broken(checkedCount, expected - 1, previous, sequence, $"Entry {sequence} was altered: '{kind}'/'{outcome}' is not a kind and outcome Concord writes.");
                }

                entry.Kind = parsedKind;
                entry.Outcome = parsedOutcome;
                var problem = Check(entry, expected, previous, hasher, vouched);
                if (problem is not null)
                {
                    return Broken(checkedCount, expected - 1, previous, entry.Sequence < expected ? entry.Sequence : expected, problem);
                }

                previous = entry.Hash;
                expected++;
                checkedCount++;
            }
        }

        var last = expected - 1;
        if (vouched.Keys.Where(sequence => sequence > last).Order().FirstOrDefault() is var missing and > 0)
        {
            return Broken(checkedCount, last, previous, last + 1, $"The chain ends at entry {last}, but a checkpoint vouches for entry {missing}: entries were removed.");
        }

        var (headSequence, headHash) = await AuditHeadRow.ReadAsync(connection, transaction: null, forUpdate: false, cancellationToken) ?? (-1, []);
        if (headSequence != last || !headHash.AsSpan().SequenceEqual(previous))
        {
            return Broken(checkedCount, last, previous, Math.Min(headSequence, last) + 1, $"The head row says entry {headSequence} is last, but the chain ends at entry {last} with another hash.");
        }

        return new AuditVerification { EntriesChecked = checkedCount, LastSequence = last, LastHash = previous };
    }

    private static string? Check(AuditEntry entry, long expected, byte[] previous, AuditHasher hasher, Dictionary<long, AuditCheckpoint> vouched)
    {
        if (entry.Sequence != expected)
        {
            return entry.Sequence > expected ? $"Entry {expected} is missing." : $"Entry {entry.Sequence} appears twice.";
        }

        if (!entry.PreviousHash.AsSpan().SequenceEqual(previous))
        {
            return $"Entry {entry.Sequence} does not follow the entry before it (its previous hash differs).";
        }

        if (!hasher.Hash(entry).AsSpan().SequenceEqual(entry.Hash))
        {
            return $"Entry {entry.Sequence} was altered: its content does not match its hash.";
        }

        if (vouched.TryGetValue(entry.Sequence, out var checkpoint) && !checkpoint.Hash.AsSpan().SequenceEqual(entry.Hash))
        {
            return $"Entry {entry.Sequence} differs from the checkpoint taken at {checkpoint.TakenAt:O}: the history was rewritten.";
        }

        return null;
    }

    private static AuditVerification Broken(long checkedCount, long lastGood, byte[] lastHash, long broken, string problem) => new()
    {
        EntriesChecked = checkedCount,
        LastSequence = lastGood,
        LastHash = lastHash,
        FirstBrokenSequence = broken,
        Problem = problem,
    };
}
