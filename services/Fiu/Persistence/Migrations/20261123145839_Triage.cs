using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concord.Fiu.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Triage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "assigned_at",
                table: "received_reports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "assigned_by",
                table: "received_reports",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "assigned_to",
                table: "received_reports",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "decided_at",
                table: "received_reports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "decided_by",
                table: "received_reports",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "decision",
                table: "received_reports",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "decision_reason",
                table: "received_reports",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "triage_factors",
                table: "received_reports",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "triage_score",
                table: "received_reports",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "analysis_notes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    written_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_analysis_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_analysis_notes_received_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "received_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_received_reports_triage_score_received_at",
                table: "received_reports",
                columns: new[] { "triage_score", "received_at" },
                filter: "decision IS NULL AND status = 'Acknowledged'");

            migrationBuilder.CreateIndex(
                name: "ix_analysis_notes_report_id_written_at",
                table: "analysis_notes",
                columns: new[] { "report_id", "written_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "analysis_notes");

            migrationBuilder.DropIndex(
                name: "ix_received_reports_triage_score_received_at",
                table: "received_reports");

            migrationBuilder.DropColumn(
                name: "assigned_at",
                table: "received_reports");

            migrationBuilder.DropColumn(
                name: "assigned_by",
                table: "received_reports");

            migrationBuilder.DropColumn(
                name: "assigned_to",
                table: "received_reports");

            migrationBuilder.DropColumn(
                name: "decided_at",
                table: "received_reports");

            migrationBuilder.DropColumn(
                name: "decided_by",
                table: "received_reports");

            migrationBuilder.DropColumn(
                name: "decision",
                table: "received_reports");

            migrationBuilder.DropColumn(
                name: "decision_reason",
                table: "received_reports");

            migrationBuilder.DropColumn(
                name: "triage_factors",
                table: "received_reports");

            migrationBuilder.DropColumn(
                name: "triage_score",
                table: "received_reports");
        }
    }
}
