using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContractIntel.Data.Migrations
{
    /// <summary>
    /// Issue 11: a row for every message that named no readable document (append-only, worker inserts, auditor
    /// reads), and the declared media type of a run when it disagrees with the bytes.
    /// </summary>
    public partial class RejectedMessagesDeclaredMediaType : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "declared_media_type",
                schema: "contract_intel",
                table: "processing_runs",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "rejected_messages",
                schema: "contract_intel",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason_code = table.Column<string>(type: "text", nullable: false),
                    reason_message = table.Column<string>(type: "text", nullable: false),
                    file_name = table.Column<string>(type: "text", nullable: false),
                    source = table.Column<string>(type: "text", nullable: false),
                    declared_media_type = table.Column<string>(type: "text", nullable: true),
                    submitted_by = table.Column<string>(type: "text", nullable: false),
                    worker_host = table.Column<string>(type: "text", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rejected_messages", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_rejected_messages_message_id",
                schema: "contract_intel",
                table: "rejected_messages",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rejected_messages_reason_code",
                schema: "contract_intel",
                table: "rejected_messages",
                column: "reason_code");

            migrationBuilder.CreateIndex(
                name: "ix_rejected_messages_recorded_at",
                schema: "contract_intel",
                table: "rejected_messages",
                column: "recorded_at");

            migrationBuilder.Sql(SqlScripts.Read("20261203_rejected_messages.sql"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rejected_messages",
                schema: "contract_intel");

            migrationBuilder.DropColumn(
                name: "declared_media_type",
                schema: "contract_intel",
                table: "processing_runs");
        }
    }
}
