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

    /// <summary>
    /// Indexes the lineage of the messages decisions were taken on, so that "every decision about this item" finds
    /// the entries that name the item only in their message's lineage without reading every entry's details.
    /// </summary>
    public const string LineageIndex = """
        CREATE INDEX ix_audit_entries_lineage ON audit_entries USING gin (((details::jsonb) -> 'lineage')) WHERE details IS NOT NULL;
        """;

    /// <summary>
    /// Every entry about an item (<c>$1</c>, e.g. a Concord reference), in chain order, at most <c>$2</c>: by subject,
    /// or by the lineage of the message decided on.
    /// </summary>
    /// <remarks>
    /// Note: the subject index and <see cref="LineageIndex"/> combined; the lineage condition is written exactly as the
    /// index's expression and predicate, or the planner cannot use it and reads every entry's details.
    /// </remarks>
    public const string Trail = """
        SELECT sequence, recorded_at, kind, actor, action, subject, outcome, agreement_id, agreement_version, reasons
        FROM audit_entries
        WHERE subject = 'report:' || $1 OR subject = $1
           OR (details IS NOT NULL AND (details::jsonb -> 'lineage') ? $1)
        ORDER BY sequence
        LIMIT $2
        """;

    public const string DropLineageIndex = "DROP INDEX ix_audit_entries_lineage;";
}
