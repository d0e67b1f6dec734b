using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Concord.Agreements.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the service's runtime configuration.</summary>
internal sealed class DesignTimeAgreementsDbContextFactory : IDesignTimeDbContextFactory<AgreementsDbContext>
{
    public AgreementsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AgreementsDbContext>()
            .UseNpgsql("Host=localhost;Database=concord_agreements_design")
            .UseSnakeCaseNamingConvention()
            .Options);
}
