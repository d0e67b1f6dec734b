using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Concord.Fiu.Matching;

/// <summary>
/// Incremental matching: indexes the identifiers of newly acknowledged reports and links each report to the earlier
/// reports that share a strong identifier with it, or a name that scores above <see cref="NameSimilarity.LinkThreshold"/>
/// among those a blocking key brings. Runs in the intake transaction, after the reports are stored, so a stored report
/// is never unindexed; looks up only the new reports' own keys, never rescans.
/// </summary>
/// <remarks>
/// Two round trips per batch whatever its size: one locks the batch's keys, looks them all up and inserts the new
/// identifiers; one inserts the links, when there are any. Reports of the same batch are matched with each other in memory.
/// </remarks>
public static class SubjectIndex
{
    /// <summary>Earlier occurrences followed per key: an identifier shared by more links the new report to the most recent ones only.</summary>
    public const int MaxMatchesPerKey = 200;

    /// <summary>
    /// Names a blocking key may bring to be scored: a key shared by more (a common token, e.g. <c>e:trading</c>) is too
    /// common to tell anything, and is not followed; the name's other keys still are.
    /// </summary>
    public const int MaxNamesPerBlock = 50;

    // Note: the first half of every advisory lock key this index takes ("Cncd"), so it cannot meet another user's.
    private const int LockClass = 0x436E6364;

    private const string LockSql = """
        SELECT count(*) FROM (
            SELECT pg_advisory_xact_lock($3, h) FROM (
                SELECT DISTINCT hashtext(k || chr(31) || v) AS h FROM unnest($1::text[], $2::text[]) AS u(k, v) ORDER BY 1) AS keys) AS locked
        """;

    private const string LookupSql = """
        SELECT q.ord, s.report_id, s.holder, s.display, s.name, s.bank_organisation_id
        FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS q(kind, value, ord)
        CROSS JOIN LATERAL (
            SELECT i.report_id, i.holder, i.display, i.name, i.bank_organisation_id FROM subject_identifiers i
            WHERE i.kind = q.kind AND i.value = q.value ORDER BY i.id DESC
            LIMIT CASE WHEN q.kind = 'NameBlock' THEN $4 ELSE $3 END) AS s
        """;

    private const string InsertIdentifiersSql = """
        INSERT INTO subject_identifiers (report_id, bank_organisation_id, kind, value, display, holder, holder_kind, name)
        SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
        """;

    private const string InsertLinksSql = """
        INSERT INTO report_links (report_id, linked_report_id, kind, value, display, linked_display, holder, linked_holder, score, same_bank, linked_at)
        SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::float8[], $10::boolean[], $11::timestamptz[])
        """;

    /// <summary>Indexes and matches <paramref name="reports"/> in <paramref name="db"/>'s current transaction; the reports must be stored already.</summary>
    /// <exception cref="InvalidOperationException">No transaction is open: the index must commit with the reports.</exception>
    public static Task<MatchSummary> IndexAsync(DbContext db, IReadOnlyList<ReportToIndex> reports, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Reports are indexed in the transaction that stores them; begin one first.");
        return IndexAsync((NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction(), reports, now, cancellationToken);
    }

    public static async Task<MatchSummary> IndexAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ReportToIndex> reports, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var extracted = reports.Select(r => IdentifierExtractor.Extract(r.Report)).ToList();
        var rows = reports.Zip(extracted).SelectMany(pair => pair.Second.Select(id => (pair.First.ReportId, pair.First.BankOrganisationId, Identifier: id))).ToList();
        var keys = rows.Select(r => r.Identifier).Where(id => id.IsStrong || id.Kind == IdentifierKind.NameBlock)
            .Select(id => (Kind: id.Kind.ToString(), id.Value)).Distinct().ToList();
        if (rows.Count == 0)
        {
            return default;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        // Note: locks in one order (by hash) in every transaction, so two batches never wait for each other in a circle;
        // the look-up runs before the insert in the same round trip, so it sees earlier reports only.
        batch.BatchCommands.Add(Command(LockSql, keys.Select(k => k.Kind).ToArray(), keys.Select(k => k.Value).ToArray(), LockClass));
        batch.BatchCommands.Add(Command(LookupSql, keys.Select(k => k.Kind).ToArray(), keys.Select(k => k.Value).ToArray(), MaxMatchesPerKey + 1, MaxNamesPerBlock + 1));
        batch.BatchCommands.Add(Command(
            InsertIdentifiersSql,
            rows.Select(r => r.ReportId).ToArray(),
            rows.Select(r => r.BankOrganisationId).ToArray(),
            rows.Select(r => r.Identifier.Kind.ToString()).ToArray(),
            rows.Select(r => r.Identifier.Value).ToArray(),
            rows.Select(r => r.Identifier.Display).ToArray(),
            rows.Select(r => r.Identifier.Holder).ToArray(),
            rows.Select(r => r.Identifier.HolderKind.ToString()).ToArray(),
            rows.Select(r => r.Identifier.Name).ToArray()));
        // Note: prepared once per physical connection and reused (a no-op after the first time): planning the lateral
        // look-up costs more than running it.
        await batch.PrepareAsync(cancellationToken);
        var earlier = await LookUpAsync(batch, keys, cancellationToken);

        var matcher = new BatchMatcher(reports, extracted, earlier, now);
        var links = matcher.Match();
        await InsertLinksAsync(connection, transaction, links, cancellationToken);
        return new MatchSummary(rows.Count, links.Count, matcher.NameCandidatesScored, matcher.CommonKeys);
    }

    /// <summary>
    /// Runs the batch (lock the keys, so two intake transactions carrying one key take turns and the second sees the
    /// first's rows; look them up; insert the new identifiers) and returns the earlier occurrences of each key, newest
    /// first: one more than <see cref="MaxMatchesPerKey"/> (or, for a name block, <see cref="MaxNamesPerBlock"/>) at
    /// most, to tell a common key.
    /// </summary>
    private static async Task<Dictionary<(string Kind, string Value), List<EarlierIdentifier>>> LookUpAsync(
        NpgsqlBatch batch, List<(string Kind, string Value)> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<(string, string), List<EarlierIdentifier>>();
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = keys[(int)reader.GetInt64(0) - 1];
            if (!found.TryGetValue(key, out var list))
            {
                found[key] = list = [];
            }

            list.Add(new EarlierIdentifier(reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5)));
        }

        while (await reader.NextResultAsync(cancellationToken))
        {
            // The insert's (empty) result.
        }

        return found;
    }

    private static async Task InsertLinksAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<NewLink> links, CancellationToken cancellationToken)
    {
        if (links.Count == 0)
        {
            return;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        var command = Command(
            InsertLinksSql,
            links.Select(l => l.ReportId).ToArray(),
            links.Select(l => l.LinkedReportId).ToArray(),
            links.Select(l => l.Kind.ToString()).ToArray(),
            links.Select(l => l.Value).ToArray(),
            links.Select(l => l.Display).ToArray(),
            links.Select(l => l.LinkedDisplay).ToArray(),
            links.Select(l => l.Holder).ToArray(),
            links.Select(l => l.LinkedHolder).ToArray(),
            links.Select(l => l.Score).ToArray(),
            links.Select(l => l.SameBank).ToArray(),
            links.Select(l => l.LinkedAt).ToArray());
        command.Parameters[10].NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz;
        batch.BatchCommands.Add(command);
        await batch.PrepareAsync(cancellationToken);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
