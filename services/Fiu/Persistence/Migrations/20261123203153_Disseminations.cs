using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concord.Fiu.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Disseminations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_outcomes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_reference = table.Column<string>(type: "text", nullable: false),
                    outcome = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    summary = table.Column<string>(type: "text", nullable: false),
                    milestones = table.Column<string>(type: "jsonb", nullable: false),
                    reports = table.Column<string>(type: "jsonb", nullable: false),
                    concord_references = table.Column<List<string>>(type: "text[]", nullable: false),
                    dissemination_references = table.Column<List<string>>(type: "text[]", nullable: false),
                    reported_by = table.Column<string>(type: "text", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    envelope = table.Column<string>(type: "jsonb", nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    retain_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_outcomes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "disseminations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    agreement_version = table.Column<int>(type: "integer", nullable: false),
                    agreement_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    legal_gateway = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recipient_organisation_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    analysis_note = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    marking = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    onward_sharing = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    source_reliability = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    source_credibility = table.Column<int>(type: "integer", nullable: true),
                    envelope = table.Column<string>(type: "jsonb", nullable: false),
                    disseminated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    disseminated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disseminations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "dissemination_reports",
                columns: table => new
                {
                    dissemination_id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    concord_reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    fiu_reference = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    bank_organisation_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dissemination_reports", x => new { x.dissemination_id, x.report_id });
                    table.ForeignKey(
                        name: "fk_dissemination_reports_disseminations_dissemination_id",
                        column: x => x.dissemination_id,
                        principalTable: "disseminations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_dissemination_reports_received_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "received_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_outcomes_closed_at_id",
                table: "case_outcomes",
                columns: new[] { "closed_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_case_outcomes_concord_references",
                table: "case_outcomes",
                column: "concord_references")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_case_outcomes_dissemination_references",
                table: "case_outcomes",
                column: "dissemination_references")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_case_outcomes_retain_until",
                table: "case_outcomes",
                column: "retain_until");

            migrationBuilder.CreateIndex(
                name: "ix_dissemination_reports_report_id",
                table: "dissemination_reports",
                column: "report_id");

            migrationBuilder.CreateIndex(
                name: "ix_disseminations_disseminated_at_id",
                table: "disseminations",
                columns: new[] { "disseminated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_disseminations_reference",
                table: "disseminations",
                column: "reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_outcomes");

            migrationBuilder.DropTable(
                name: "dissemination_reports");

            migrationBuilder.DropTable(
                name: "disseminations");
        }
    }
}
