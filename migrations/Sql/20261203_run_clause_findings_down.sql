-- Down of RunClauseFindingsTable: the retention function as 20261201_append_only.sql created it, for the table's
-- old name.
CREATE OR REPLACE FUNCTION contract_intel.purge_document(p_document_id uuid) RETURNS bigint
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
