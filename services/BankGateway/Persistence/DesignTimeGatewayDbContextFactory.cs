using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Concord.BankGateway.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the service's runtime configuration.</summary>
internal sealed class DesignTimeGatewayDbContextFactory : IDesignTimeDbContextFactory<GatewayDbContext>
{
    public GatewayDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<GatewayDbContext>()
            .UseNpgsql("Host=localhost;Database=concord_bankgateway_design")
            .UseSnakeCaseNamingConvention()
            .Options);
}
