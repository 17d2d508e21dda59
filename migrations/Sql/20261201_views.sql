-- Views for people writing SQL. "Latest" means the newest SUCCEEDED run of each document; every older version stays
-- in the *_all_versions views (and the base tables). Views run with the owner's rights: the auditor reads them
-- with SELECT on the view alone.

CREATE VIEW contract_intel.runs_all_versions AS
SELECT r.id AS run_id, r.document_id, d.sha256, d.size_bytes, r.file_name, r.version, r.status, r.reason_code,
       r.reason_message, r.kind, r.requested_kind, r.media_type, r.submitted_by, r.matter, r.message_id, r.reprocess_of,
       r.pipeline_version, r.git_commit, r.config_hash, r.worker_host, r.device,
       (SELECT string_agg(m.name || '@' || m.version, ', ' ORDER BY m.ordinal) FROM contract_intel.run_models m
         WHERE m.run_id = r.id) AS models,
       r.started_at, r.finished_at, r.recorded_at, r.timings,
       r.page_count, r.segment_count, r.clause_count, r.field_count, r.sentence_count
FROM contract_intel.processing_runs r
JOIN contract_intel.documents d ON d.id = r.document_id;

CREATE VIEW contract_intel.latest_runs AS
SELECT DISTINCT ON (document_id) *
FROM contract_intel.runs_all_versions
WHERE status = 'succeeded'
ORDER BY document_id, version DESC;

CREATE VIEW contract_intel.clause_findings_all_versions AS
SELECT f.run_id, r.document_id, r.file_name, r.version, r.matter, f.category, f.page_number AS page,
       f.start_offset, f.end_offset, f.text AS evidence, f.score, f.model, f.model_version, f.segment_index, f.ordinal
FROM contract_intel.findings f
JOIN contract_intel.processing_runs r ON r.id = f.run_id;

CREATE VIEW contract_intel.clause_findings AS
SELECT a.* FROM contract_intel.clause_findings_all_versions a
JOIN contract_intel.latest_runs l ON l.run_id = a.run_id;

CREATE VIEW contract_intel.document_fields_all_versions AS
SELECT f.run_id, r.document_id, r.file_name, r.version, r.matter, f.name, f.value, f.raw, f.page_number AS page,
       f.start_offset, f.end_offset, f.confidence, f.extractor, f.extractor_version, f.ordinal
FROM contract_intel.fields f
JOIN contract_intel.processing_runs r ON r.id = f.run_id;

CREATE VIEW contract_intel.document_fields_long AS
SELECT a.* FROM contract_intel.document_fields_all_versions a
JOIN contract_intel.latest_runs l ON l.run_id = a.run_id;

-- One row per document (its latest successful run), a column per main field: WHERE governing_law = 'New York'.
-- A single-valued field takes its most confident value; parties are listed in document order.
CREATE VIEW contract_intel.document_fields AS
SELECT l.document_id, l.run_id, l.version, l.file_name, l.matter, l.kind,
       (array_agg(f.value ORDER BY f.confidence DESC, f.ordinal) FILTER (WHERE f.name = 'governing_law'))[1] AS governing_law,
       (array_agg(f.page_number ORDER BY f.confidence DESC, f.ordinal) FILTER (WHERE f.name = 'governing_law'))[1] AS governing_law_page,
       (array_agg(f.value ORDER BY f.confidence DESC, f.ordinal) FILTER (WHERE f.name = 'forum'))[1] AS forum,
       (array_agg(f.value ORDER BY f.confidence DESC, f.ordinal) FILTER (WHERE f.name = 'agreement_date'))[1] AS agreement_date,
       (array_agg(f.value ORDER BY f.confidence DESC, f.ordinal) FILTER (WHERE f.name = 'effective_date'))[1] AS effective_date,
       (array_agg(f.value ORDER BY f.confidence DESC, f.ordinal) FILTER (WHERE f.name = 'expiration_date'))[1] AS expiration_date,
       (array_agg(f.value ORDER BY f.confidence DESC, f.ordinal) FILTER (WHERE f.name = 'renewal_term'))[1] AS renewal_term,
       (array_agg(f.value ORDER BY f.confidence DESC, f.ordinal) FILTER (WHERE f.name = 'notice_period_to_terminate_renewal'))[1] AS notice_period_to_terminate_renewal,
       string_agg(f.value, '; ' ORDER BY f.ordinal) FILTER (WHERE f.name = 'party') AS parties,
       count(f.ordinal) AS field_count
FROM contract_intel.latest_runs l
LEFT JOIN contract_intel.fields f ON f.run_id = l.run_id
GROUP BY l.document_id, l.run_id, l.version, l.file_name, l.matter, l.kind;

CREATE VIEW contract_intel.sentence_sentiment_all_versions AS
SELECT s.run_id, r.document_id, r.file_name, r.version, r.kind, s.page_number AS page, s.start_offset, s.end_offset,
       s.text AS sentence, s.label, s.positive, s.negative, s.neutral, s.model, s.model_version, s.segment_index, s.ordinal
FROM contract_intel.sentence_scores s
JOIN contract_intel.processing_runs r ON r.id = s.run_id;

CREATE VIEW contract_intel.sentence_sentiment AS
SELECT a.* FROM contract_intel.sentence_sentiment_all_versions a
JOIN contract_intel.latest_runs l ON l.run_id = a.run_id;

CREATE VIEW contract_intel.document_sentiment_all_versions AS
SELECT s.run_id, r.document_id, r.file_name, r.version, r.kind, s.label, s.sentences, s.positive, s.negative, s.neutral,
       r.started_at
FROM contract_intel.document_scores s
JOIN contract_intel.processing_runs r ON r.id = s.run_id;

CREATE VIEW contract_intel.document_sentiment AS
SELECT a.* FROM contract_intel.document_sentiment_all_versions a
JOIN contract_intel.latest_runs l ON l.run_id = a.run_id;

-- The auditor's narrative of every run, all versions: one row per stage event (what happened when, with the code
-- and model versions), then one row per result (clause, field, sentence) with its page and words, each sealed by
-- the run's final event (sequence and hash). Order by run_id, sequence, item_ordinal to read a run top to bottom.
CREATE VIEW contract_intel.audit_trail AS
SELECT e.run_id, r.document_id, d.sha256 AS document_sha256, r.file_name, r.version, r.submitted_by, r.message_id,
       e.sequence, e.stage, e.occurred_at, r.pipeline_version, r.git_commit,
       (SELECT string_agg(m.name || '@' || m.version || ' sha256:' || m.sha256, ', ' ORDER BY m.ordinal)
          FROM contract_intel.run_models m WHERE m.run_id = e.run_id) AS model,
       NULL::text AS item, NULL::text AS value, NULL::int AS page, NULL::text AS evidence, NULL::double precision AS score,
       NULL::int AS item_ordinal, e.payload::jsonb -> 'data' AS detail, e.hash AS event_hash
FROM contract_intel.audit_events e
JOIN contract_intel.processing_runs r ON r.id = e.run_id
JOIN contract_intel.documents d ON d.id = r.document_id
UNION ALL
SELECT x.run_id, r.document_id, d.sha256, r.file_name, r.version, r.submitted_by, r.message_id,
       e.sequence, x.stage, e.occurred_at, r.pipeline_version, r.git_commit, x.model,
       x.item, x.value, x.page, x.evidence, x.score, x.item_ordinal, NULL::jsonb, e.hash
FROM (
  SELECT f.run_id, 'clause' AS stage, f.model || '@' || f.model_version AS model, f.category AS item, NULL::text AS value,
         f.page_number AS page, f.text AS evidence, f.score::double precision AS score, f.ordinal AS item_ordinal
  FROM contract_intel.findings f
  UNION ALL
  SELECT f.run_id, 'field', f.extractor || '@' || f.extractor_version, f.name, f.value, f.page_number, f.raw,
         f.confidence, f.ordinal
  FROM contract_intel.fields f
  UNION ALL
  SELECT s.run_id, 'sentence', s.model || '@' || s.model_version, s.label, NULL, s.page_number, s.text,
         greatest(s.positive, s.negative, s.neutral)::double precision, s.ordinal
  FROM contract_intel.sentence_scores s
) x
JOIN contract_intel.processing_runs r ON r.id = x.run_id
JOIN contract_intel.documents d ON d.id = r.document_id
JOIN contract_intel.audit_events e ON e.run_id = x.run_id AND e.stage IN ('committed', 'failed');

-- The chain as a whole, with purge events (which belong to a document, not a run).
CREATE VIEW contract_intel.audit_chain AS
SELECT e.sequence, e.stage, e.occurred_at, e.run_id, e.document_id, e.payload::jsonb -> 'data' AS detail, e.prev_hash, e.hash
FROM contract_intel.audit_events e;

GRANT SELECT ON contract_intel.runs_all_versions, contract_intel.latest_runs, contract_intel.clause_findings_all_versions,
  contract_intel.clause_findings, contract_intel.document_fields_all_versions, contract_intel.document_fields_long,
  contract_intel.document_fields, contract_intel.sentence_sentiment_all_versions, contract_intel.sentence_sentiment,
  contract_intel.document_sentiment_all_versions, contract_intel.document_sentiment, contract_intel.audit_trail,
  contract_intel.audit_chain
  TO contractintel_auditor, contractintel_worker;
