using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Concord.Fiu.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the service's runtime configuration.</summary>
internal sealed class DesignTimeFiuDbContextFactory : IDesignTimeDbContextFactory<FiuDbContext>
{
    public FiuDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<FiuDbContext>()
            .UseNpgsql("Host=localhost;Database=concord_fiu_design")
            .UseSnakeCaseNamingConvention()
            .Options);
}
