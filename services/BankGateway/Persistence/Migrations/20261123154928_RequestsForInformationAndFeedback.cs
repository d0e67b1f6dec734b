using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Concord.BankGateway.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RequestsForInformationAndFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "information_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "text", nullable: false),
                    bank_organisation_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    requested_by = table.Column<string>(type: "text", nullable: false),
                    subjects = table.Column<string>(type: "jsonb", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    envelope = table.Column<string>(type: "jsonb", nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    retain_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "text", nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answered_by = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    answers = table.Column<string>(type: "jsonb", nullable: true),
                    answer_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_information_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "report_feedback",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    bank_organisation_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    concord_reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    outcome = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    comment = table.Column<string>(type: "text", nullable: true),
                    given_by = table.Column<string>(type: "text", nullable: false),
                    given_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    envelope = table.Column<string>(type: "jsonb", nullable: false),
                    retain_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_feedback", x => x.id);
                    table.ForeignKey(
                        name: "fk_report_feedback_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_information_requests_bank_organisation_id_received_at",
                table: "information_requests",
                columns: new[] { "bank_organisation_id", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_information_requests_reference",
                table: "information_requests",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_information_requests_retain_until",
                table: "information_requests",
                column: "retain_until");

            migrationBuilder.CreateIndex(
                name: "ix_report_feedback_bank_organisation_id_given_at",
                table: "report_feedback",
                columns: new[] { "bank_organisation_id", "given_at" });

            migrationBuilder.CreateIndex(
                name: "ix_report_feedback_report_id_given_at",
                table: "report_feedback",
                columns: new[] { "report_id", "given_at" });

            migrationBuilder.CreateIndex(
                name: "ix_report_feedback_retain_until",
                table: "report_feedback",
                column: "retain_until");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "information_requests");

            migrationBuilder.DropTable(
                name: "report_feedback");
        }
    }
}
