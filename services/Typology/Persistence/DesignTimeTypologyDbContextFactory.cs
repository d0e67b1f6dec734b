using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Concord.Typology.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the service's runtime configuration.</summary>
internal sealed class DesignTimeTypologyDbContextFactory : IDesignTimeDbContextFactory<TypologyDbContext>
{
    public TypologyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TypologyDbContext>()
            .UseNpgsql("Host=localhost;Database=concord_typology_design")
            .UseSnakeCaseNamingConvention()
            .Options);
}
