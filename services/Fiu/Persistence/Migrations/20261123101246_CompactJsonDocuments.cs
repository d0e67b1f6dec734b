using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concord.Fiu.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CompactJsonDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "report",
                table: "received_reports",
                type: "jsonb",
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
            migrationBuilder.AlterColumn<string>(
                name: "report",
                table: "received_reports",
                type: "jsonb",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "jsonb")
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
