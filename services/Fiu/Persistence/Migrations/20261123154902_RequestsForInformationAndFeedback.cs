using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Concord.Fiu.Persistence.Migrations
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
                    reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    agreement_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    legal_gateway = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    subjects = table.Column<string>(type: "jsonb", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    all_banks = table.Column<bool>(type: "boolean", nullable: false),
                    requested_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawn_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    withdrawal_reason = table.Column<string>(type: "text", nullable: true)
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
                    concord_reference = table.Column<string>(type: "text", nullable: false),
                    fiu_reference = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    bank_organisation_id = table.Column<string>(type: "text", nullable: false),
                    outcome = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    given_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    given_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    envelope = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_feedback", x => x.id);
                    table.ForeignKey(
                        name: "fk_report_feedback_received_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "received_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "information_request_recipients",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    bank_organisation_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    envelope = table.Column<string>(type: "jsonb", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_information_request_recipients", x => x.id);
                    table.ForeignKey(
                        name: "fk_information_request_recipients_information_requests_request",
                        column: x => x.request_id,
                        principalTable: "information_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "information_request_answers",
                columns: table => new
                {
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    bank_organisation_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    answers = table.Column<string>(type: "jsonb", nullable: false),
                    envelope = table.Column<string>(type: "jsonb", nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    retain_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_by = table.Column<string>(type: "text", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_information_request_answers", x => x.recipient_id);
                    table.ForeignKey(
                        name: "fk_information_request_answers_information_request_recipients_",
                        column: x => x.recipient_id,
                        principalTable: "information_request_recipients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_information_request_answers_retain_until",
                table: "information_request_answers",
                column: "retain_until");

            migrationBuilder.CreateIndex(
                name: "ix_information_request_recipients_reference",
                table: "information_request_recipients",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_information_request_recipients_request_id_bank_organisation",
                table: "information_request_recipients",
                columns: new[] { "request_id", "bank_organisation_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_information_requests_reference",
                table: "information_requests",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_information_requests_requested_at_id",
                table: "information_requests",
                columns: new[] { "requested_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_report_feedback_report_id_sequence",
                table: "report_feedback",
                columns: new[] { "report_id", "sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "information_request_answers");

            migrationBuilder.DropTable(
                name: "report_feedback");

            migrationBuilder.DropTable(
                name: "information_request_recipients");

            migrationBuilder.DropTable(
                name: "information_requests");
        }
    }
}
