using Concord.Fiu.Matching;
using Npgsql;
using NpgsqlTypes;

namespace Concord.Benchmarks.Matching;

/// <summary>Stores the new reports' rows as the intake does before matching them (not timed as matching).</summary>
internal static class Reports
{
    public static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ReportToIndex> reports, DateTimeOffset now)
    {
        await using var insert = new NpgsqlCommand("""
            INSERT INTO received_reports (id, concord_reference, bank_organisation_id, bank_reference, report_type_code, filed_at, received_at, status, report, agreement_id, agreement_version, legal_gateway, retain_until)
            SELECT id, 'CR-NEW-' || id, bank, 'NEW', 'STR', $3, $3, 'Acknowledged', '{}'::jsonb, $4, 1, 'GB-POCA-330', $3 + interval '6 years'
            FROM unnest($1::uuid[], $2::text[]) AS r(id, bank)
            """, connection, transaction);
        insert.Parameters.Add(new NpgsqlParameter { Value = reports.Select(r => r.ReportId).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = reports.Select(r => r.BankOrganisationId).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        insert.Parameters.Add(new NpgsqlParameter { Value = IndexLoader.AgreementId });
        await insert.ExecuteNonQueryAsync();
    }
}
