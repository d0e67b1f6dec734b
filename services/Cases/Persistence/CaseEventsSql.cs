namespace Concord.Cases.Persistence;

/// <summary>SQL the cases service's migration runs after creating its tables.</summary>
internal static class CaseEventsSql
{
    /// <summary>Makes <c>case_events</c> append-only, like the audit chain: history is added to, never rewritten.</summary>
    public const string AppendOnly = """
        CREATE OR REPLACE FUNCTION case_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'case_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
        END;
        $$;
        CREATE TRIGGER case_events_no_update BEFORE UPDATE OR DELETE ON case_events
            FOR EACH ROW EXECUTE FUNCTION case_events_append_only();
        CREATE TRIGGER case_events_no_truncate BEFORE TRUNCATE ON case_events
            FOR EACH STATEMENT EXECUTE FUNCTION case_events_append_only();
        """;
}
