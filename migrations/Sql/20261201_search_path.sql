-- In this database the runtime roles find the views without a schema prefix: psql as the auditor can write
-- SELECT * FROM latest_runs. Scoped to this database (IN DATABASE), so other databases on the server are untouched.
DO $$
BEGIN
  EXECUTE format('ALTER ROLE contractintel_auditor IN DATABASE %I SET search_path = contract_intel, public', current_database());
  EXECUTE format('ALTER ROLE contractintel_worker IN DATABASE %I SET search_path = contract_intel, public', current_database());
END $$;
