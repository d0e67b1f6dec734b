using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Concord.LegalBasis.Retention;

/// <summary>
/// Purges rows of one table whose retention column is in the past, a batch at a time (rows another purger holds
/// are skipped), and names each by a text column with a prefix. Either the rows go (<see cref="SqlRetentionPolicy{TContext}(string, string, string, string, string, string)"/>)
/// or only the columns that hold what was received under the retention (<see cref="SqlRetentionPolicy.Clearing{TContext}"/>).
/// </summary>
public sealed class SqlRetentionPolicy<TContext> : IRetentionPolicy<TContext>
    where TContext : DbContext
{
    private readonly string _sql;
    private readonly string _subjectPrefix;

    /// <param name="table">The table, e.g. <c>received_reports</c>.</param>
    /// <param name="key">Its primary key column.</param>
    /// <param name="retainUntil">The column holding when each row must go.</param>
    /// <param name="subject">The column that names a row in the audit chain, e.g. <c>concord_reference</c>.</param>
    /// <param name="subjectPrefix">Put before the subject, e.g. <c>report:</c>.</param>
    public SqlRetentionPolicy(string name, string table, string key, string retainUntil, string subject, string subjectPrefix)
        : this(name, subjectPrefix, $"""
            DELETE FROM {SqlRetentionPolicy.Checked(table)} WHERE {SqlRetentionPolicy.Checked(key)} IN (
                SELECT {key} FROM {table} WHERE {SqlRetentionPolicy.Checked(retainUntil)} < @now ORDER BY {retainUntil} LIMIT @limit FOR UPDATE SKIP LOCKED)
            RETURNING {SqlRetentionPolicy.Checked(subject)}::text AS "Value"
            """)
    {
    }

    internal SqlRetentionPolicy(string name, string subjectPrefix, string sql)
    {
        Name = name;
        _subjectPrefix = subjectPrefix;
        _sql = sql;
    }

    public string Name { get; }

    public async Task<IReadOnlyList<string>> PurgeAsync(TContext db, DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var subjects = await db.Database
            .SqlQueryRaw<string>(_sql, new Npgsql.NpgsqlParameter("now", now), new Npgsql.NpgsqlParameter("limit", limit))
            .ToListAsync(cancellationToken);
        return [.. subjects.Select(subject => _subjectPrefix + subject)];
    }
}

/// <summary>Policies that purge part of a row rather than the row.</summary>
public static partial class SqlRetentionPolicy
{
    /// <summary>
    /// A policy that keeps the rows but empties <paramref name="columns"/> (set to NULL), clears the retention column
    /// and stamps <paramref name="purgedAt"/>: for a row that is the service's own but holds a part received from
    /// another organisation under an agreement (e.g. the FIU's answer on a bank's own report).
    /// </summary>
    public static SqlRetentionPolicy<TContext> Clearing<TContext>(
        string name, string table, string key, string retainUntil, IReadOnlyList<string> columns, string purgedAt, string subject, string subjectPrefix)
        where TContext : DbContext
    {
        ArgumentOutOfRangeException.ThrowIfZero(columns.Count);
        var cleared = string.Join(", ", columns.Select(column => $"{Checked(column)} = NULL"));
        return new SqlRetentionPolicy<TContext>(name, subjectPrefix, $"""
            UPDATE {Checked(table)} SET {cleared}, {Checked(retainUntil)} = NULL, {Checked(purgedAt)} = @now
            WHERE {Checked(key)} IN (
                SELECT {key} FROM {table} WHERE {retainUntil} < @now ORDER BY {retainUntil} LIMIT @limit FOR UPDATE SKIP LOCKED)
            RETURNING {Checked(subject)}::text AS "Value"
            """);
    }

    internal static string Checked(string identifier) => Identifier().IsMatch(identifier)
        ? identifier
        : throw new ArgumentException($"'{identifier}' is not a plain lower-case SQL identifier.");

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex Identifier();
}
