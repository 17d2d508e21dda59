using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContractIntel.Data.Migrations
{
    /// <summary>The auditor and worker roles get contract_intel on their search_path in this database.</summary>
    public partial class RoleSearchPath : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
            => migrationBuilder.Sql(SqlScripts.Read("20261201_search_path.sql"));

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
            => migrationBuilder.Sql("""
                DO $$
                BEGIN
                  EXECUTE format('ALTER ROLE contractintel_auditor IN DATABASE %I RESET search_path', current_database());
                  EXECUTE format('ALTER ROLE contractintel_worker IN DATABASE %I RESET search_path', current_database());
                END $$;
                """);
    }
}
