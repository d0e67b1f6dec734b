using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concord.Fiu.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TypologyScreening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "screening_generation");

            migrationBuilder.CreateTable(
                name: "report_typology_hits",
                columns: table => new
                {
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    typology_id = table.Column<Guid>(type: "uuid", nullable: false),
                    indicator_code = table.Column<string>(type: "text", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    matched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_typology_hits", x => new { x.report_id, x.typology_id, x.indicator_code });
                    table.ForeignKey(
                        name: "fk_report_typology_hits_received_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "received_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "screening_typologies",
                columns: table => new
                {
                    typology_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    indicators = table.Column<string>(type: "jsonb", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    generation = table.Column<long>(type: "bigint", nullable: false, defaultValueSql: "nextval('screening_generation')")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_screening_typologies", x => x.typology_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_report_typology_hits_typology_id_matched_at",
                table: "report_typology_hits",
                columns: new[] { "typology_id", "matched_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_typology_hits");

            migrationBuilder.DropTable(
                name: "screening_typologies");

            migrationBuilder.DropSequence(
                name: "screening_generation");
        }
    }
}
