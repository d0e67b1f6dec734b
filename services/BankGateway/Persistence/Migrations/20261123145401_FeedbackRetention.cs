using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concord.BankGateway.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FeedbackRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "feedback_purged_at",
                table: "reports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "feedback_retain_until",
                table: "reports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_reports_feedback_retain_until",
                table: "reports",
                column: "feedback_retain_until",
                filter: "feedback_retain_until IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_reports_feedback_retain_until",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "feedback_purged_at",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "feedback_retain_until",
                table: "reports");
        }
    }
}
