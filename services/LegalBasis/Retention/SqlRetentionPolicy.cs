using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Concord.LegalBasis.Retention;

/// <summary>
/// Purges rows of one table whose retention column is in the past, a batch at a time (rows another purger holds
/// are skipped), and names each by a text column with a prefix.
/// </summary>
public sealed partial class SqlRetentionPolicy<TContext> : IRetentionPolicy<TContext>
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
    {
        foreach (var identifier in new[] { table, key, retainUntil, subject })
        {
            if (!Identifier().IsMatch(identifier))
            {
                throw new ArgumentException($"'{identifier}' is not a plain lower-case SQL identifier.");
            }
        }

        Name = name;
        _subjectPrefix = subjectPrefix;
        _sql = $"""
            DELETE FROM {table} WHERE {key} IN (
                SELECT {key} FROM {table} WHERE {retainUntil} < @now ORDER BY {retainUntil} LIMIT @limit FOR UPDATE SKIP LOCKED)
            RETURNING {subject}::text AS "Value"
            """;
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

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex Identifier();
}
