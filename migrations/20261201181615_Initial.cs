using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContractIntel.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "contract_intel");

            migrationBuilder.CreateTable(
                name: "audit_events",
                schema: "contract_intel",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    run_id = table.Column<Guid>(type: "uuid", nullable: true),
                    document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    stage = table.Column<string>(type: "text", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    prev_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_events", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                schema: "contract_intel",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    media_type = table.Column<string>(type: "text", nullable: false),
                    file_name = table.Column<string>(type: "text", nullable: false),
                    first_seen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: true),
                    purged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    row_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "processing_runs",
                schema: "contract_intel",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    reason_code = table.Column<string>(type: "text", nullable: true),
                    reason_message = table.Column<string>(type: "text", nullable: true),
                    requested_kind = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    media_type = table.Column<string>(type: "text", nullable: false),
                    file_name = table.Column<string>(type: "text", nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submitted_by = table.Column<string>(type: "text", nullable: false),
                    matter = table.Column<string>(type: "text", nullable: true),
                    reprocess_of = table.Column<Guid>(type: "uuid", nullable: true),
                    pipeline_version = table.Column<string>(type: "text", nullable: false),
                    git_commit = table.Column<string>(type: "text", nullable: false),
                    config_hash = table.Column<string>(type: "text", nullable: false),
                    worker_host = table.Column<string>(type: "text", nullable: false),
                    device = table.Column<string>(type: "text", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    timings = table.Column<string>(type: "jsonb", nullable: false),
                    page_count = table.Column<int>(type: "integer", nullable: false),
                    segment_count = table.Column<int>(type: "integer", nullable: false),
                    clause_count = table.Column<int>(type: "integer", nullable: false),
                    field_count = table.Column<int>(type: "integer", nullable: false),
                    sentence_count = table.Column<int>(type: "integer", nullable: false),
                    row_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_processing_runs", x => x.id);
                    table.CheckConstraint("ck_processing_runs_status", "status IN ('succeeded', 'failed')");
                    table.ForeignKey(
                        name: "fk_processing_runs_documents",
                        column: x => x.document_id,
                        principalSchema: "contract_intel",
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "document_scores",
                schema: "contract_intel",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    label = table.Column<string>(type: "text", nullable: false),
                    sentences = table.Column<int>(type: "integer", nullable: false),
                    positive = table.Column<float>(type: "real", nullable: false),
                    negative = table.Column<float>(type: "real", nullable: false),
                    neutral = table.Column<float>(type: "real", nullable: false),
                    row_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_scores", x => x.run_id);
                    table.ForeignKey(
                        name: "fk_document_scores_processing_runs",
                        column: x => x.run_id,
                        principalSchema: "contract_intel",
                        principalTable: "processing_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "fields",
                schema: "contract_intel",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: false),
                    raw = table.Column<string>(type: "text", nullable: false),
                    page_number = table.Column<int>(type: "integer", nullable: false),
                    start_offset = table.Column<int>(type: "integer", nullable: false),
                    end_offset = table.Column<int>(type: "integer", nullable: false),
                    confidence = table.Column<double>(type: "double precision", nullable: false),
                    extractor = table.Column<string>(type: "text", nullable: false),
                    extractor_version = table.Column<string>(type: "text", nullable: false),
                    row_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fields", x => new { x.run_id, x.ordinal });
                    table.ForeignKey(
                        name: "fk_fields_processing_runs",
                        column: x => x.run_id,
                        principalSchema: "contract_intel",
                        principalTable: "processing_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "findings",
                schema: "contract_intel",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    category = table.Column<string>(type: "text", nullable: false),
                    segment_index = table.Column<int>(type: "integer", nullable: false),
                    page_number = table.Column<int>(type: "integer", nullable: false),
                    start_offset = table.Column<int>(type: "integer", nullable: false),
                    end_offset = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    score = table.Column<float>(type: "real", nullable: false),
                    model = table.Column<string>(type: "text", nullable: false),
                    model_version = table.Column<string>(type: "text", nullable: false),
                    row_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_findings", x => new { x.run_id, x.ordinal });
                    table.ForeignKey(
                        name: "fk_findings_processing_runs",
                        column: x => x.run_id,
                        principalSchema: "contract_intel",
                        principalTable: "processing_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pages",
                schema: "contract_intel",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    page_number = table.Column<int>(type: "integer", nullable: false),
                    start_offset = table.Column<int>(type: "integer", nullable: false),
                    end_offset = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    row_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pages", x => new { x.run_id, x.page_number });
                    table.ForeignKey(
                        name: "fk_pages_processing_runs",
                        column: x => x.run_id,
                        principalSchema: "contract_intel",
                        principalTable: "processing_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "run_models",
                schema: "contract_intel",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<string>(type: "text", nullable: false),
                    task = table.Column<string>(type: "text", nullable: false),
                    sha256 = table.Column<string>(type: "text", nullable: false),
                    precision = table.Column<string>(type: "text", nullable: false),
                    device = table.Column<string>(type: "text", nullable: false),
                    row_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_run_models", x => new { x.run_id, x.ordinal });
                    table.ForeignKey(
                        name: "fk_run_models_processing_runs",
                        column: x => x.run_id,
                        principalSchema: "contract_intel",
                        principalTable: "processing_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "segments",
                schema: "contract_intel",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    segment_index = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    page_number = table.Column<int>(type: "integer", nullable: false),
                    start_offset = table.Column<int>(type: "integer", nullable: false),
                    end_offset = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    parent_index = table.Column<int>(type: "integer", nullable: true),
                    row_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_segments", x => new { x.run_id, x.segment_index });
                    table.CheckConstraint("ck_segments_kind", "kind IN ('section', 'paragraph', 'sentence')");
                    table.ForeignKey(
                        name: "fk_segments_processing_runs",
                        column: x => x.run_id,
                        principalSchema: "contract_intel",
                        principalTable: "processing_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sentence_scores",
                schema: "contract_intel",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    segment_index = table.Column<int>(type: "integer", nullable: false),
                    page_number = table.Column<int>(type: "integer", nullable: false),
                    start_offset = table.Column<int>(type: "integer", nullable: false),
                    end_offset = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    label = table.Column<string>(type: "text", nullable: false),
                    positive = table.Column<float>(type: "real", nullable: false),
                    negative = table.Column<float>(type: "real", nullable: false),
                    neutral = table.Column<float>(type: "real", nullable: false),
                    model = table.Column<string>(type: "text", nullable: false),
                    model_version = table.Column<string>(type: "text", nullable: false),
                    row_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sentence_scores", x => new { x.run_id, x.ordinal });
                    table.ForeignKey(
                        name: "fk_sentence_scores_processing_runs",
                        column: x => x.run_id,
                        principalSchema: "contract_intel",
                        principalTable: "processing_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_document_id",
                schema: "contract_intel",
                table: "audit_events",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_prev_hash",
                schema: "contract_intel",
                table: "audit_events",
                column: "prev_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_run_id",
                schema: "contract_intel",
                table: "audit_events",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_first_seen",
                schema: "contract_intel",
                table: "documents",
                column: "first_seen");

            migrationBuilder.CreateIndex(
                name: "ix_documents_sha256",
                schema: "contract_intel",
                table: "documents",
                column: "sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_fields_name_value",
                schema: "contract_intel",
                table: "fields",
                columns: new[] { "name", "value" });

            migrationBuilder.CreateIndex(
                name: "ix_findings_category",
                schema: "contract_intel",
                table: "findings",
                column: "category");

            migrationBuilder.CreateIndex(
                name: "ix_processing_runs_document_id_version",
                schema: "contract_intel",
                table: "processing_runs",
                columns: new[] { "document_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_processing_runs_matter",
                schema: "contract_intel",
                table: "processing_runs",
                column: "matter");

            migrationBuilder.CreateIndex(
                name: "ix_processing_runs_message_id",
                schema: "contract_intel",
                table: "processing_runs",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_processing_runs_started_at",
                schema: "contract_intel",
                table: "processing_runs",
                column: "started_at");

            migrationBuilder.CreateIndex(
                name: "ix_processing_runs_status",
                schema: "contract_intel",
                table: "processing_runs",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_run_models_name_version",
                schema: "contract_intel",
                table: "run_models",
                columns: new[] { "name", "version" });

            migrationBuilder.CreateIndex(
                name: "ix_sentence_scores_label",
                schema: "contract_intel",
                table: "sentence_scores",
                column: "label");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_events",
                schema: "contract_intel");

            migrationBuilder.DropTable(
                name: "document_scores",
                schema: "contract_intel");

            migrationBuilder.DropTable(
                name: "fields",
                schema: "contract_intel");

            migrationBuilder.DropTable(
                name: "findings",
                schema: "contract_intel");

            migrationBuilder.DropTable(
                name: "pages",
                schema: "contract_intel");

            migrationBuilder.DropTable(
                name: "run_models",
                schema: "contract_intel");

            migrationBuilder.DropTable(
                name: "segments",
                schema: "contract_intel");

            migrationBuilder.DropTable(
                name: "sentence_scores",
                schema: "contract_intel");

            migrationBuilder.DropTable(
                name: "processing_runs",
                schema: "contract_intel");

            migrationBuilder.DropTable(
                name: "documents",
                schema: "contract_intel");
        }
    }
}
