using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concord.BankGateway.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ReceivedTypologies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "received_typologies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    bank_organisation_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    typology_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    summary = table.Column<string>(type: "text", nullable: false),
                    narrative = table.Column<string>(type: "text", nullable: false),
                    crime_area = table.Column<string>(type: "text", nullable: false),
                    indicators = table.Column<string>(type: "jsonb", nullable: false),
                    marking = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    onward_sharing = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    published_by = table.Column<string>(type: "text", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    previous_version = table.Column<int>(type: "integer", nullable: true),
                    changes = table.Column<string>(type: "jsonb", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "text", nullable: true),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    acknowledged_by = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    envelope = table.Column<string>(type: "jsonb", nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    retain_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_received_typologies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "typology_withdrawals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    bank_organisation_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    typology_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    envelope = table.Column<string>(type: "jsonb", nullable: false),
                    retain_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_typology_withdrawals", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_received_typologies_bank_organisation_id_code",
                table: "received_typologies",
                columns: new[] { "bank_organisation_id", "code" });

            migrationBuilder.CreateIndex(
                name: "ix_received_typologies_bank_organisation_id_status_published_at",
                table: "received_typologies",
                columns: new[] { "bank_organisation_id", "status", "published_at" });

            migrationBuilder.CreateIndex(
                name: "ix_received_typologies_bank_organisation_id_typology_id_version",
                table: "received_typologies",
                columns: new[] { "bank_organisation_id", "typology_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_received_typologies_retain_until",
                table: "received_typologies",
                column: "retain_until");

            migrationBuilder.CreateIndex(
                name: "ix_typology_withdrawals_bank_organisation_id_typology_id_versi",
                table: "typology_withdrawals",
                columns: new[] { "bank_organisation_id", "typology_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_typology_withdrawals_retain_until",
                table: "typology_withdrawals",
                column: "retain_until");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "received_typologies");

            migrationBuilder.DropTable(
                name: "typology_withdrawals");
        }
    }
}
