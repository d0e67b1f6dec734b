using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concord.Cases.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ItemRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_items",
                columns: table => new
                {
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    retain_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    purged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_items", x => x.item_id);
                    table.ForeignKey(
                        name: "fk_case_items_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_disseminations_retain_until",
                table: "disseminations",
                column: "retain_until",
                filter: "taken_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_case_items_case_id",
                table: "case_items",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_items_retain_until",
                table: "case_items",
                column: "retain_until",
                filter: "purged_at IS NULL");

            migrationBuilder.Sql(CaseEventsSql.BackfillItems);
            migrationBuilder.Sql(CaseEventsSql.PurgeScrub);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CaseEventsSql.AppendOnlyStrict);

            migrationBuilder.DropTable(
                name: "case_items");

            migrationBuilder.DropIndex(
                name: "ix_disseminations_retain_until",
                table: "disseminations");
        }
    }
}
