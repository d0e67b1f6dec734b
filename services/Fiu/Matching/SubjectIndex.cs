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
/// Two statements per batch whatever its size: one locks the batch's keys and looks them all up; one inserts the
/// identifiers and the links. Reports of the same batch are matched with each other in memory.
/// </remarks>
public static class SubjectIndex
{
    /// <summary>Earlier occurrences followed per key: an identifier shared by more links the new report to the most recent ones only.</summary>
    public const int MaxMatchesPerKey = 200;

    // Note: the first half of every advisory lock key this index takes ("Cncd"), so it cannot meet another user's.
    private const int LockClass = 0x436E6364;

    private const string LockSql = """
        SELECT count(*) FROM (
            SELECT pg_advisory_xact_lock($3, h) FROM (
                SELECT DISTINCT hashtext(k || chr(31) || v) AS h FROM unnest($1::text[], $2::text[]) AS u(k, v) ORDER BY 1) AS keys) AS locked
        """;

    private const string LookupSql = """
        SELECT q.ord, s.report_id, s.holder, s.display, s.name, r.bank_organisation_id
        FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS q(kind, value, ord)
        CROSS JOIN LATERAL (
            SELECT i.report_id, i.holder, i.display, i.name FROM subject_identifiers i
            WHERE i.kind = q.kind AND i.value = q.value ORDER BY i.id DESC LIMIT $3) AS s
        JOIN received_reports r ON r.id = s.report_id
        """;

    private const string InsertIdentifiersSql = """
        INSERT INTO subject_identifiers (report_id, kind, value, display, holder, holder_kind, name)
        SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
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
        var keys = extracted.SelectMany(ids => ids).Where(id => id.IsStrong || id.Kind == IdentifierKind.NameBlock)
            .Select(id => (Kind: id.Kind.ToString(), id.Value)).Distinct().ToList();
        if (keys.Count == 0)
        {
            return default;
        }

        var earlier = await LookUpAsync(connection, transaction, keys, cancellationToken);
        var matcher = new BatchMatcher(reports, extracted, earlier, now);
        var links = matcher.Match();
        await InsertAsync(connection, transaction, reports, extracted, links, cancellationToken);
        return new MatchSummary(extracted.Sum(ids => ids.Count), links.Count, matcher.NameCandidatesScored, matcher.CommonKeys);
    }

    /// <summary>
    /// Locks the keys (so two intake transactions carrying one key take turns, and the second sees the first's rows) and
    /// returns the earlier occurrences of each, newest first, at most <see cref="MaxMatchesPerKey"/> + 1.
    /// </summary>
    private static async Task<Dictionary<(string Kind, string Value), List<EarlierIdentifier>>> LookUpAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<(string Kind, string Value)> keys, CancellationToken cancellationToken)
    {
        var kinds = keys.Select(k => k.Kind).ToArray();
        var values = keys.Select(k => k.Value).ToArray();
        await using var batch = new NpgsqlBatch(connection, transaction);
        // Note: locks in one order (by hash) in every transaction, so two batches never wait for each other in a circle.
        batch.BatchCommands.Add(Command(LockSql, kinds, values, LockClass));
        batch.BatchCommands.Add(Command(LookupSql, kinds, values, MaxMatchesPerKey + 1));
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

        return found;
    }

    private static async Task InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ReportToIndex> reports, List<IReadOnlyList<ExtractedIdentifier>> extracted,
        List<NewLink> links, CancellationToken cancellationToken)
    {
        var rows = reports.Zip(extracted).SelectMany(pair => pair.Second.Select(id => (pair.First.ReportId, Identifier: id))).ToList();
        await using var batch = new NpgsqlBatch(connection, transaction);
        if (rows.Count > 0)
        {
            batch.BatchCommands.Add(Command(
                InsertIdentifiersSql,
                rows.Select(r => r.ReportId).ToArray(),
                rows.Select(r => r.Identifier.Kind.ToString()).ToArray(),
                rows.Select(r => r.Identifier.Value).ToArray(),
                rows.Select(r => r.Identifier.Display).ToArray(),
                rows.Select(r => r.Identifier.Holder).ToArray(),
                rows.Select(r => r.Identifier.HolderKind.ToString()).ToArray(),
                rows.Select(r => r.Identifier.Name).ToArray()));
        }

        if (links.Count > 0)
        {
            var linkCommand = Command(
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
            linkCommand.Parameters[10].NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz;
            batch.BatchCommands.Add(linkCommand);
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
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
