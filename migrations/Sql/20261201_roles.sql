-- Runtime roles. The owner (who runs the migrations) owns the schema: DDL and retention. The logins and their
-- passwords are the deployment's business (deploy/local/services.sh, docker-compose): here only NOLOGIN roles.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'contractintel_worker') THEN
    CREATE ROLE contractintel_worker NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'contractintel_auditor') THEN
    CREATE ROLE contractintel_auditor NOLOGIN;
  END IF;
END $$;

REVOKE ALL ON SCHEMA contract_intel FROM PUBLIC;
GRANT USAGE ON SCHEMA contract_intel TO contractintel_worker, contractintel_auditor;

-- The worker writes new rows and reads what it needs (the message id, the document, the chain head); it has no
-- UPDATE, DELETE, TRUNCATE, REFERENCES or TRIGGER right, and no CREATE on the schema.
GRANT SELECT, INSERT ON contract_intel.documents, contract_intel.processing_runs, contract_intel.run_models,
  contract_intel.pages, contract_intel.segments, contract_intel.findings, contract_intel.fields,
  contract_intel.sentence_scores, contract_intel.document_scores, contract_intel.audit_events
  TO contractintel_worker;

-- The auditor reads; `audit verify` recomputes every row hash, so it reads the base tables too.
GRANT SELECT ON contract_intel.documents, contract_intel.processing_runs, contract_intel.run_models,
  contract_intel.pages, contract_intel.segments, contract_intel.findings, contract_intel.fields,
  contract_intel.sentence_scores, contract_intel.document_scores, contract_intel.audit_events
  TO contractintel_auditor;
