namespace Concord.LegalBasis.Audit;

/// <summary>SQL a service's migration runs once, after creating the audit chain's tables.</summary>
public static class AuditChainSql
{
    /// <summary>
    /// Makes <c>audit_entries</c> append-only: triggers refuse UPDATE, DELETE and TRUNCATE, whoever asks. The table's
    /// owner could still disable them; the hash chain, and the checkpoints the Agreements service holds, are what
    /// detect a history rewritten that way.
    /// </summary>
    public const string AppendOnly = """
        CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
        END;
        $$;
        CREATE TRIGGER audit_entries_no_update BEFORE UPDATE OR DELETE ON audit_entries
            FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
        CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
            FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
        """;
}
