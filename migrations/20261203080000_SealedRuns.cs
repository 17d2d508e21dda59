using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContractIntel.Data.Migrations
{
    /// <summary>Rows may be added to a run only until its final audit event seals it (the worker cannot forge into a sealed run).</summary>
    public partial class SealedRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
            => migrationBuilder.Sql(SqlScripts.Read("20261203_sealed_runs.sql"));

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
            => migrationBuilder.Sql("""
                DO $$
                DECLARE t text;
                BEGIN
                  FOREACH t IN ARRAY ARRAY['run_models', 'pages', 'segments', 'findings', 'fields', 'sentence_scores', 'document_scores', 'audit_events'] LOOP
                    EXECUTE format('DROP TRIGGER IF EXISTS sealed_run ON contract_intel.%I', t);
                  END LOOP;
                END $$;
                DROP FUNCTION IF EXISTS contract_intel.reject_insert_into_sealed_run();
                """);
    }
}
