using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Concord.BankGateway.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProductionRequestsAndCaseOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_outcomes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    bank_organisation_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    case_reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    outcome = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    summary = table.Column<string>(type: "text", nullable: false),
                    milestones = table.Column<string>(type: "jsonb", nullable: false),
                    reported_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
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
                name: "production_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "text", nullable: false),
                    bank_organisation_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    requested_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    requested_by_person = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: false),
                    subjects = table.Column<string>(type: "jsonb", nullable: false),
                    legal_instrument = table.Column<string>(type: "text", nullable: true),
                    deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    envelope = table.Column<string>(type: "jsonb", nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    retain_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answered_by = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    answer_comment = table.Column<string>(type: "text", nullable: true),
                    answer_marking = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_production_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "case_outcome_reports",
                columns: table => new
                {
                    case_outcome_id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    concord_reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_outcome_reports", x => new { x.case_outcome_id, x.report_id });
                    table.ForeignKey(
                        name: "fk_case_outcome_reports_case_outcomes_case_outcome_id",
                        column: x => x.case_outcome_id,
                        principalTable: "case_outcomes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_case_outcome_reports_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "production_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    production_request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    media_type = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                        .Annotation("Npgsql:Compression:", "lz4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_production_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_production_documents_production_requests_production_request",
                        column: x => x.production_request_id,
                        principalTable: "production_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_outcome_reports_report_id",
                table: "case_outcome_reports",
                column: "report_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_outcomes_bank_organisation_id_closed_at",
                table: "case_outcomes",
                columns: new[] { "bank_organisation_id", "closed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_case_outcomes_retain_until",
                table: "case_outcomes",
                column: "retain_until");

            migrationBuilder.CreateIndex(
                name: "ix_production_documents_production_request_id_position",
                table: "production_documents",
                columns: new[] { "production_request_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_production_requests_bank_organisation_id_received_at",
                table: "production_requests",
                columns: new[] { "bank_organisation_id", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_production_requests_reference",
                table: "production_requests",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_production_requests_retain_until",
                table: "production_requests",
                column: "retain_until");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_outcome_reports");

            migrationBuilder.DropTable(
                name: "production_documents");

            migrationBuilder.DropTable(
                name: "case_outcomes");

            migrationBuilder.DropTable(
                name: "production_requests");
        }
    }
}
