using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concord.BankGateway.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CompactJsonDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "reports")
                .Annotation("Npgsql:StorageParameter:fillfactor", 80)
                .Annotation("Npgsql:StorageParameter:toast_tuple_target", 128);

            migrationBuilder.AlterColumn<string>(
                name: "report",
                table: "reports",
                type: "json",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "jsonb")
                .Annotation("Npgsql:Compression:", "lz4");

            migrationBuilder.AlterColumn<string>(
                name: "body",
                table: "outbox_messages",
                type: "json",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "jsonb")
                .Annotation("Npgsql:Compression:", "lz4");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "reports")
                .OldAnnotation("Npgsql:StorageParameter:fillfactor", 80)
                .OldAnnotation("Npgsql:StorageParameter:toast_tuple_target", 128);

            migrationBuilder.AlterColumn<string>(
                name: "report",
                table: "reports",
                type: "jsonb",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "json")
                .OldAnnotation("Npgsql:Compression:", "lz4");

            migrationBuilder.AlterColumn<string>(
                name: "body",
                table: "outbox_messages",
                type: "jsonb",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "json")
                .OldAnnotation("Npgsql:Compression:", "lz4");
        }
    }
}
