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

    /// <summary>
    /// Lets the retention job scrub one item's content out of its <c>ItemAdded</c> event, and nothing else: the item must
    /// be named in the transaction's <c>concord.purging_item</c> setting, its purge already recorded as an
    /// <c>ItemPurged</c> event of the same case, and the new row must be the old one with exactly the title emptied and
    /// the text and documents removed (<c>case_events_scrubbed</c>). Every other UPDATE, DELETE or TRUNCATE is refused.
    /// </summary>
    public const string PurgeScrub = """
        CREATE OR REPLACE FUNCTION case_events_scrubbed(payload jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
            SELECT jsonb_set(jsonb_set(jsonb_set(payload, '{item,title}', '""'), '{item,text}', 'null'), '{item,documents}', '[]')
        $$;
        CREATE OR REPLACE FUNCTION case_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE'
                AND OLD.type = 'ItemAdded'
                AND current_setting('concord.purging_item', true) = OLD.payload->'item'->>'itemId'
                AND (NEW.case_id, NEW.sequence, NEW.type, NEW."by", NEW.by_organisation, NEW."at") = (OLD.case_id, OLD.sequence, OLD.type, OLD."by", OLD.by_organisation, OLD."at")
                AND NEW.payload = case_events_scrubbed(OLD.payload)
                AND EXISTS (SELECT 1 FROM case_events purged WHERE purged.case_id = OLD.case_id AND purged.type = 'ItemPurged'
                    AND purged.payload->>'itemId' = OLD.payload->'item'->>'itemId')
            THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION 'case_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
        END;
        $$;
        """;

    /// <summary>The trigger function as it was before <see cref="PurgeScrub"/> (for the migration's Down).</summary>
    public const string AppendOnlyStrict = """
        DROP FUNCTION IF EXISTS case_events_scrubbed(jsonb);
        CREATE OR REPLACE FUNCTION case_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'case_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
        END;
        $$;
        """;

    /// <summary>Fills <c>case_items</c> from the items already stored in the cases' events (with their purges, if any).</summary>
    public const string BackfillItems = """
        INSERT INTO case_items (item_id, case_id, retain_until, purged_at)
        SELECT (added.payload->'item'->>'itemId')::uuid, added.case_id, (added.payload->'item'->>'retainUntil')::timestamptz,
            (SELECT (purged.payload->>'at')::timestamptz FROM case_events purged
             WHERE purged.case_id = added.case_id AND purged.type = 'ItemPurged' AND purged.payload->>'itemId' = added.payload->'item'->>'itemId' LIMIT 1)
        FROM case_events added WHERE added.type = 'ItemAdded'
        ON CONFLICT (item_id) DO NOTHING;
        """;
}
