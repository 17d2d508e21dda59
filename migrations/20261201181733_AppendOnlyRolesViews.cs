using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContractIntel.Data.Migrations
{
    /// <summary>
    /// Append-only triggers and the retention function, the runtime roles and their grants, and the views people
    /// query. The SQL lives in migrations/Sql (reviewed as SQL) and is embedded in the assembly.
    /// </summary>
    public partial class AppendOnlyRolesViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqlScripts.Read("20261201_append_only.sql"));
            migrationBuilder.Sql(SqlScripts.Read("20261201_roles.sql"));
            migrationBuilder.Sql(SqlScripts.Read("20261201_views.sql"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqlScripts.Read("20261201_down.sql"));
        }
    }
}
