using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContractIntel.Data.Migrations
{
    /// <summary>
    /// Per page: where its text came from (text_layer or ocr), Tesseract's mean confidence, why a page that needed
    /// OCR has none, and the OCR'd words with their boxes (jsonb). Nullable: pages recorded before stay as they were.
    /// </summary>
    public partial class OcrPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "failure",
                schema: "contract_intel",
                table: "pages",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "ocr_confidence",
                schema: "contract_intel",
                table: "pages",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ocr_dpi",
                schema: "contract_intel",
                table: "pages",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ocr_words",
                schema: "contract_intel",
                table: "pages",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source",
                schema: "contract_intel",
                table: "pages",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "failure",
                schema: "contract_intel",
                table: "pages");

            migrationBuilder.DropColumn(
                name: "ocr_confidence",
                schema: "contract_intel",
                table: "pages");

            migrationBuilder.DropColumn(
                name: "ocr_dpi",
                schema: "contract_intel",
                table: "pages");

            migrationBuilder.DropColumn(
                name: "ocr_words",
                schema: "contract_intel",
                table: "pages");

            migrationBuilder.DropColumn(
                name: "source",
                schema: "contract_intel",
                table: "pages");
        }
    }
}
