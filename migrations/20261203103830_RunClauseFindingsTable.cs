using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContractIntel.Data.Migrations
{
    /// <summary>
    /// Issue 12: the clause findings table takes the name of its entity, RunClauseFinding, as run_models does
    /// (<c>run_clause_findings</c>; the public views <c>clause_findings</c> and <c>clause_findings_all_versions</c>
    /// keep theirs). Rows and their hashes are untouched: the audit key in seals stays <c>findings</c>
    /// (AuditedTables.ClauseFindings). Views, triggers and grants follow the rename; the retention function, which
    /// names the table in its body, is replaced.
    /// </summary>
    public partial class RunClauseFindingsTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_findings_processing_runs",
                schema: "contract_intel",
                table: "findings");

            migrationBuilder.DropPrimaryKey(
                name: "pk_findings",
                schema: "contract_intel",
                table: "findings");

            migrationBuilder.RenameTable(
                name: "findings",
                schema: "contract_intel",
                newName: "run_clause_findings",
                newSchema: "contract_intel");

            migrationBuilder.RenameIndex(
                name: "ix_findings_category",
                schema: "contract_intel",
                table: "run_clause_findings",
                newName: "ix_run_clause_findings_category");

            migrationBuilder.AddPrimaryKey(
                name: "pk_run_clause_findings",
                schema: "contract_intel",
                table: "run_clause_findings",
                columns: new[] { "run_id", "ordinal" });

            migrationBuilder.AddForeignKey(
                name: "fk_run_clause_findings_processing_runs",
                schema: "contract_intel",
                table: "run_clause_findings",
                column: "run_id",
                principalSchema: "contract_intel",
                principalTable: "processing_runs",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.Sql(SqlScripts.Read("20261203_run_clause_findings.sql"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqlScripts.Read("20261203_run_clause_findings_down.sql"));

            migrationBuilder.DropForeignKey(
                name: "fk_run_clause_findings_processing_runs",
                schema: "contract_intel",
                table: "run_clause_findings");

            migrationBuilder.DropPrimaryKey(
                name: "pk_run_clause_findings",
                schema: "contract_intel",
                table: "run_clause_findings");

            migrationBuilder.RenameTable(
                name: "run_clause_findings",
                schema: "contract_intel",
                newName: "findings",
                newSchema: "contract_intel");

            migrationBuilder.RenameIndex(
                name: "ix_run_clause_findings_category",
                schema: "contract_intel",
                table: "findings",
                newName: "ix_findings_category");

            migrationBuilder.AddPrimaryKey(
                name: "pk_findings",
                schema: "contract_intel",
                table: "findings",
                columns: new[] { "run_id", "ordinal" });

            migrationBuilder.AddForeignKey(
                name: "fk_findings_processing_runs",
                schema: "contract_intel",
                table: "findings",
                column: "run_id",
                principalSchema: "contract_intel",
                principalTable: "processing_runs",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
