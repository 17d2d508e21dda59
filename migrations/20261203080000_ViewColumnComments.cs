using ContractIntel.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContractIntel.Data.Migrations
{
    /// <summary>
    /// COMMENT ON COLUMN for every column of the views: what a clause score means, which spans are stored, offsets.
    /// SQL only, no model change, so no target model snapshot is attached.
    /// </summary>
    [DbContext(typeof(ContractIntelDbContext))]
    [Migration("20261203080000_ViewColumnComments")]
    public partial class ViewColumnComments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
            => migrationBuilder.Sql(SqlScripts.Read("20261203_view_comments.sql"));

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
            => migrationBuilder.Sql(SqlScripts.Read("20261203_view_comments_down.sql"));
    }
}
