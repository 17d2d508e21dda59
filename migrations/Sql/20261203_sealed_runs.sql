-- A run is sealed by its final audit event (committed or failed), written last in the transaction that records
-- the run. After that nothing may be added to it, by any role: the worker's INSERT right then covers only the run
-- it is recording, and a row slipped into a sealed run (which `audit verify` would report for ever, and which
-- only the owner could remove) is refused instead. Statement-level, with the inserted rows as a transition table,
-- so a run's hundreds of segments cost one check per statement.
CREATE FUNCTION contract_intel.reject_insert_into_sealed_run() RETURNS trigger
LANGUAGE plpgsql SET search_path = contract_intel, pg_temp AS $$
BEGIN
  IF TG_TABLE_NAME = 'audit_events' THEN
    -- An event for a run that was sealed by an earlier event.
    IF EXISTS (SELECT 1 FROM new_rows n JOIN audit_events e ON e.run_id = n.run_id
               WHERE e.stage IN ('committed', 'failed') AND e.sequence < n.sequence) THEN
      RAISE EXCEPTION 'contract_intel.audit_events: the run is sealed; no event may follow its seal'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  ELSIF EXISTS (SELECT 1 FROM new_rows n JOIN audit_events e ON e.run_id = n.run_id WHERE e.stage IN ('committed', 'failed')) THEN
    RAISE EXCEPTION 'contract_intel.%: the run is sealed; rows may be added only while it is being recorded', TG_TABLE_NAME
      USING ERRCODE = 'insufficient_privilege',
            HINT = 'A new run is a new version.';
  END IF;
  RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION contract_intel.reject_insert_into_sealed_run() FROM PUBLIC;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['run_models', 'pages', 'segments', 'findings', 'fields', 'sentence_scores', 'document_scores', 'audit_events'] LOOP
    EXECUTE format('CREATE TRIGGER sealed_run AFTER INSERT ON contract_intel.%I REFERENCING NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION contract_intel.reject_insert_into_sealed_run()', t);
  END LOOP;
END $$;
