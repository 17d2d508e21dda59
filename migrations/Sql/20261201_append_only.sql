-- Results and evidence are append-only, for every role. The one way round is the owner's retention path: a
-- transaction-local flag (contract_intel.retention = on) that the trigger honours only when the current role is
-- (a member of) the table's owner, so a worker that sets the flag gains nothing. See docs/sql.md, "Retention".
CREATE FUNCTION contract_intel.reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('contract_intel.retention', true), '') = 'on'
     AND pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
    IF TG_LEVEL = 'STATEMENT' THEN RETURN NULL; END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'contract_intel.% is append-only: % rejected', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'A new run is a new version. Retention goes through contract_intel.purge_document (owner only).';
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['documents', 'processing_runs', 'run_models', 'pages', 'segments', 'findings', 'fields',
                           'sentence_scores', 'document_scores', 'audit_events'] LOOP
    EXECUTE format('CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON contract_intel.%I
                    FOR EACH ROW EXECUTE FUNCTION contract_intel.reject_change()', t);
    EXECUTE format('CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON contract_intel.%I
                    FOR EACH STATEMENT EXECUTE FUNCTION contract_intel.reject_change()', t);
  END LOOP;
END $$;

-- The documented retention procedure: deletes a document's result rows and bytes, keeps its runs (who, when,
-- which versions) and every audit event, and appends a 'purged' event to the chain, so `audit verify` can tell a
-- purge from tampering. Takes the same advisory locks as the recorder (docs/sql.md lists the keys).
CREATE FUNCTION contract_intel.purge_document(p_document_id uuid) RETURNS bigint
LANGUAGE plpgsql SET search_path = contract_intel, pg_temp AS $$
DECLARE
  v_sha256 text;
  v_runs int;
  v_rows bigint := 0;
  v_n bigint;
  v_at timestamptz := clock_timestamp();
  v_seq bigint;
  v_prev text;
  v_payload text;
BEGIN
  SELECT sha256 INTO v_sha256 FROM documents WHERE id = p_document_id;
  IF v_sha256 IS NULL THEN
    RAISE EXCEPTION 'no document %', p_document_id USING ERRCODE = 'no_data_found';
  END IF;
  PERFORM pg_advisory_xact_lock(1128857601, ('x' || substr(v_sha256, 1, 8))::bit(32)::int);
  PERFORM set_config('contract_intel.retention', 'on', true);
  DELETE FROM pages WHERE run_id IN (SELECT id FROM processing_runs WHERE document_id = p_document_id);
  GET DIAGNOSTICS v_n = ROW_COUNT; v_rows := v_rows + v_n;
  DELETE FROM segments WHERE run_id IN (SELECT id FROM processing_runs WHERE document_id = p_document_id);
  GET DIAGNOSTICS v_n = ROW_COUNT; v_rows := v_rows + v_n;
  DELETE FROM findings WHERE run_id IN (SELECT id FROM processing_runs WHERE document_id = p_document_id);
  GET DIAGNOSTICS v_n = ROW_COUNT; v_rows := v_rows + v_n;
  DELETE FROM fields WHERE run_id IN (SELECT id FROM processing_runs WHERE document_id = p_document_id);
  GET DIAGNOSTICS v_n = ROW_COUNT; v_rows := v_rows + v_n;
  DELETE FROM sentence_scores WHERE run_id IN (SELECT id FROM processing_runs WHERE document_id = p_document_id);
  GET DIAGNOSTICS v_n = ROW_COUNT; v_rows := v_rows + v_n;
  DELETE FROM document_scores WHERE run_id IN (SELECT id FROM processing_runs WHERE document_id = p_document_id);
  GET DIAGNOSTICS v_n = ROW_COUNT; v_rows := v_rows + v_n;
  v_at := date_trunc('microseconds', v_at);
  UPDATE documents SET content = NULL, purged_at = v_at WHERE id = p_document_id;
  SELECT count(*) INTO v_runs FROM processing_runs WHERE document_id = p_document_id;

  PERFORM pg_advisory_xact_lock(1128857600, 1);
  SELECT sequence, hash INTO v_seq, v_prev FROM audit_events ORDER BY sequence DESC LIMIT 1;
  v_seq := coalesce(v_seq, 0) + 1;
  v_prev := coalesce(v_prev, repeat('0', 64));
  -- The same canonical form as the C# writer: sorted keys, no whitespace.
  v_payload := '{"data":{"rows_deleted":' || v_rows || ',"runs":' || v_runs || '},"document_id":"' || p_document_id
            || '","occurred_at":"' || to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
            || '","run_id":null,"sequence":' || v_seq || ',"stage":"purged"}';
  INSERT INTO audit_events (sequence, run_id, document_id, stage, occurred_at, payload, prev_hash, hash)
  VALUES (v_seq, NULL, p_document_id, 'purged', v_at, v_payload, v_prev,
          encode(sha256(convert_to(v_prev || v_payload, 'UTF8')), 'hex'));
  PERFORM set_config('contract_intel.retention', 'off', true);
  RETURN v_seq;
END $$;

REVOKE ALL ON FUNCTION contract_intel.purge_document(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION contract_intel.reject_change() FROM PUBLIC;
