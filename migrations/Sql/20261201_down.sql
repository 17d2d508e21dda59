-- Undoes 20261201_append_only.sql, _roles.sql and _views.sql. The roles stay: other databases may use them.
DROP VIEW IF EXISTS contract_intel.audit_chain, contract_intel.audit_trail, contract_intel.document_sentiment,
  contract_intel.document_sentiment_all_versions, contract_intel.sentence_sentiment,
  contract_intel.sentence_sentiment_all_versions, contract_intel.document_fields, contract_intel.document_fields_long,
  contract_intel.document_fields_all_versions, contract_intel.clause_findings, contract_intel.clause_findings_all_versions,
  contract_intel.latest_runs, contract_intel.runs_all_versions;
REVOKE ALL ON ALL TABLES IN SCHEMA contract_intel FROM contractintel_worker, contractintel_auditor;
REVOKE USAGE ON SCHEMA contract_intel FROM contractintel_worker, contractintel_auditor;
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['documents', 'processing_runs', 'run_models', 'pages', 'segments', 'findings', 'fields',
                           'sentence_scores', 'document_scores', 'audit_events'] LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS append_only ON contract_intel.%I', t);
    EXECUTE format('DROP TRIGGER IF EXISTS append_only_truncate ON contract_intel.%I', t);
  END LOOP;
END $$;
DROP FUNCTION IF EXISTS contract_intel.purge_document(uuid);
DROP FUNCTION IF EXISTS contract_intel.reject_change();
