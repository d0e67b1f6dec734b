using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Concord.Identity.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the service's runtime configuration.</summary>
internal sealed class DesignTimeIdentityStoreContextFactory : IDesignTimeDbContextFactory<IdentityStoreContext>
{
    public IdentityStoreContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<IdentityStoreContext>()
            .UseNpgsql("Host=localhost;Database=concord_identity_design")
            .UseSnakeCaseNamingConvention()
            .Options);
}
