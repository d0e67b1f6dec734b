using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Concord.Cases.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ItemsDisseminationsProductionOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "reference",
                table: "cases",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "disseminations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    recipient_organisation_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    analysis_note = table.Column<string>(type: "text", nullable: false),
                    reports = table.Column<string>(type: "jsonb", nullable: false),
                    disseminated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    disseminated_by_person = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    disseminated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    envelope = table.Column<string>(type: "jsonb", nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    retain_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    taken_into_case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    taken_as_item_id = table.Column<Guid>(type: "uuid", nullable: true),
                    taken_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    taken_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disseminations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_type = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    body = table.Column<string>(type: "json", nullable: false)
                        .Annotation("Npgsql:Compression:", "lz4"),
                    trace_parent = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    trace_state = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    not_before = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "processed_messages",
                columns: table => new
                {
                    consumer = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_processed_messages", x => new { x.consumer, x.message_id });
                });

            migrationBuilder.CreateTable(
                name: "produced_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    media_type = table.Column<string>(type: "character varying(127)", maxLength: 127, nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_produced_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_produced_documents_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "production_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    bank_organisation_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    requested_by_organisation = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    item_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_production_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_production_requests_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cases_reference",
                table: "cases",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_disseminations_recipient_organisation_id_taken_at_dissemina",
                table: "disseminations",
                columns: new[] { "recipient_organisation_id", "taken_at", "disseminated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_disseminations_reference",
                table: "disseminations",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_message_id",
                table: "outbox_messages",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_produced_documents_case_id_item_id",
                table: "produced_documents",
                columns: new[] { "case_id", "item_id" });

            migrationBuilder.CreateIndex(
                name: "ix_production_requests_case_id",
                table: "production_requests",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_production_requests_reference",
                table: "production_requests",
                column: "reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "disseminations");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "processed_messages");

            migrationBuilder.DropTable(
                name: "produced_documents");

            migrationBuilder.DropTable(
                name: "production_requests");

            migrationBuilder.DropIndex(
                name: "ix_cases_reference",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "reference",
                table: "cases");
        }
    }
}
