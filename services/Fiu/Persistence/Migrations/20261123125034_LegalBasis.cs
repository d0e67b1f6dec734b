using System;
using Concord.LegalBasis.Audit;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concord.Fiu.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LegalBasis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "agreement_id",
                table: "received_reports",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "agreement_version",
                table: "received_reports",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "envelope",
                table: "received_reports",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "legal_gateway",
                table: "received_reports",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "retain_until",
                table: "received_reports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "attempts",
                table: "outbox_messages",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "last_error",
                table: "outbox_messages",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "not_before",
                table: "outbox_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    action = table.Column<string>(type: "text", nullable: false),
                    subject = table.Column<string>(type: "text", nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: true),
                    agreement_version = table.Column<int>(type: "integer", nullable: true),
                    reasons = table.Column<string>(type: "text", nullable: false),
                    details = table.Column<string>(type: "json", nullable: true),
                    previous_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    hash = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "audit_head",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    hash = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_head", x => x.id);
                });

            migrationBuilder.InsertData(
                table: "audit_head",
                columns: new[] { "id", "hash", "sequence" },
                values: new object[] { 1, new byte[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0L });

            migrationBuilder.CreateIndex(
                name: "ix_received_reports_retain_until",
                table: "received_reports",
                column: "retain_until");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_subject_sequence",
                table: "audit_entries",
                columns: new[] { "subject", "sequence" });

            // Note: from here on the audit chain refuses UPDATE, DELETE and TRUNCATE (AuditChainSql.AppendOnly).
            migrationBuilder.Sql(AuditChainSql.AppendOnly);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "audit_head");

            migrationBuilder.DropIndex(
                name: "ix_received_reports_retain_until",
                table: "received_reports");

            migrationBuilder.DropColumn(
                name: "agreement_id",
                table: "received_reports");

            migrationBuilder.DropColumn(
                name: "agreement_version",
                table: "received_reports");

            migrationBuilder.DropColumn(
                name: "envelope",
                table: "received_reports");

            migrationBuilder.DropColumn(
                name: "legal_gateway",
                table: "received_reports");

            migrationBuilder.DropColumn(
                name: "retain_until",
                table: "received_reports");

            migrationBuilder.DropColumn(
                name: "attempts",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "last_error",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "not_before",
                table: "outbox_messages");
        }
    }
}
