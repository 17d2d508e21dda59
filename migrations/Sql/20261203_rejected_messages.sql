-- Messages that named no readable document get a row too (issue 11: every outcome is a row), append-only
-- like the results, written by the worker and read by the auditor.
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON contract_intel.rejected_messages
  FOR EACH ROW EXECUTE FUNCTION contract_intel.reject_change();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON contract_intel.rejected_messages
  FOR EACH STATEMENT EXECUTE FUNCTION contract_intel.reject_change();
GRANT SELECT, INSERT ON contract_intel.rejected_messages TO contractintel_worker;
GRANT SELECT ON contract_intel.rejected_messages TO contractintel_auditor;
