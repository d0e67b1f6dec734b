using Concord.LegalBasis.Audit;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concord.BankGateway.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AuditLineageIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditChainSql.LineageIndex);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditChainSql.DropLineageIndex);
        }
    }
}
