using System.Diagnostics;
using System.Globalization;
using Concord.Fiu.Matching;
using Npgsql;
using NpgsqlTypes;

namespace Concord.Benchmarks.Matching;

/// <summary>
/// Fills the index with binary COPY: the synthetic reports' rows, then every identifier the FIU's own extractor finds
/// in them. The index's key (its look-up order), its report index and its foreign key are dropped for the load and made again after it
/// (one sorted build is much faster than a million inserts into a B-tree), with the definitions of the migration.
/// </summary>
internal static class IndexLoader
{
    public static readonly Guid AgreementId = Guid.Parse("5d1c0a3e-0000-4000-8000-00000000a1fa");

    public static Guid ReportId(int k) => new(k, 0x4D41, 0x5443, 0, 0, 0, 0, 0, 0, 0, 1);

    public static async Task<(int Reports, long Identifiers)> LoadAsync(NpgsqlDataSource source, int reports)
    {
        await using var connection = await source.OpenConnectionAsync();
        await Execute(connection, """
            SET maintenance_work_mem = '512MB';
            ALTER TABLE subject_identifiers DROP CONSTRAINT pk_subject_identifiers;
            DROP INDEX ix_subject_identifiers_report_id;
            ALTER TABLE subject_identifiers DROP CONSTRAINT fk_subject_identifiers_received_reports_report_id;
            """);

        var started = Stopwatch.GetTimestamp();
        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY received_reports (id, concord_reference, bank_organisation_id, bank_reference, report_type_code, filed_at, received_at, status, report, agreement_id, agreement_version, legal_gateway, retain_until) FROM STDIN (FORMAT BINARY)"))
        {
            var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
            for (var k = 0; k < reports; k++)
            {
                var received = at.AddSeconds(k);
                await importer.StartRowAsync();
                await importer.WriteAsync(ReportId(k), NpgsqlDbType.Uuid);
                await importer.WriteAsync($"CR-SYN-{k:D10}", NpgsqlDbType.Text);
                await importer.WriteAsync(SyntheticReports.Bank(k), NpgsqlDbType.Text);
                await importer.WriteAsync($"SYN-{k}", NpgsqlDbType.Text);
                await importer.WriteAsync("STR", NpgsqlDbType.Text);
                await importer.WriteAsync(received, NpgsqlDbType.TimestampTz);
                await importer.WriteAsync(received, NpgsqlDbType.TimestampTz);
                await importer.WriteAsync("Acknowledged", NpgsqlDbType.Varchar);
                await importer.WriteAsync("{}", NpgsqlDbType.Jsonb);
                await importer.WriteAsync(AgreementId, NpgsqlDbType.Uuid);
                await importer.WriteAsync(1, NpgsqlDbType.Integer);
                await importer.WriteAsync("GB-POCA-330", NpgsqlDbType.Varchar);
                await importer.WriteAsync(received.AddYears(6), NpgsqlDbType.TimestampTz);
            }

            await importer.CompleteAsync();
        }

        long identifiers = 0;
        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY subject_identifiers (report_id, bank_organisation_id, kind, value, display, holder, holder_kind, name) FROM STDIN (FORMAT BINARY)"))
        {
            for (var k = 0; k < reports; k++)
            {
                var id = ReportId(k);
                var bank = SyntheticReports.Bank(k);
                foreach (var identifier in IdentifierExtractor.Extract(SyntheticReports.Report(k)))
                {
                    await importer.StartRowAsync();
                    await importer.WriteAsync(id, NpgsqlDbType.Uuid);
                    await importer.WriteAsync(bank, NpgsqlDbType.Text);
                    await importer.WriteAsync(identifier.Kind.ToString(), NpgsqlDbType.Varchar);
                    await importer.WriteAsync(identifier.Value, NpgsqlDbType.Text);
                    await importer.WriteAsync(identifier.Display, NpgsqlDbType.Text);
                    await importer.WriteAsync(identifier.Holder, NpgsqlDbType.Text);
                    await importer.WriteAsync(identifier.HolderKind.ToString(), NpgsqlDbType.Varchar);
                    await importer.WriteAsync(identifier.Name, NpgsqlDbType.Text);
                    identifiers++;
                }
            }

            await importer.CompleteAsync();
        }

        var copied = Stopwatch.GetElapsedTime(started);
        await Execute(connection, """
            ALTER TABLE subject_identifiers ADD CONSTRAINT pk_subject_identifiers PRIMARY KEY (kind, value, id);
            CREATE INDEX ix_subject_identifiers_report_id ON subject_identifiers (report_id);
            ALTER TABLE subject_identifiers ADD CONSTRAINT fk_subject_identifiers_received_reports_report_id
                FOREIGN KEY (report_id) REFERENCES received_reports (id) ON DELETE CASCADE;
            """);

        // Note: a table just filled by COPY is not what a running FIU matches against: none of its rows has its hint bits
        // set (the first read of each page writes it back) and autovacuum, woken by the insert count, would vacuum all
        // 1.3 GB while the timed reports run. A long-running index has been vacuumed, so the load ends as autovacuum would.
        // VACUUM cannot run inside a transaction, hence one command each.
        await Execute(connection, "VACUUM (FREEZE, ANALYZE) received_reports");
        await Execute(connection, "VACUUM (FREEZE, ANALYZE) subject_identifiers");
        var total = Stopwatch.GetElapsedTime(started);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"loaded {reports:N0} reports, {reports * SyntheticReports.SubjectsPerReport:N0} subjects, {identifiers:N0} index rows: COPY {copied.TotalSeconds:F1} s, indexes, foreign key and VACUUM {(total - copied).TotalSeconds:F1} s"));
        return (reports, identifiers);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
