using Concord.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace Concord.Identity.Persistence;

/// <summary>The identity server's database: OpenIddict's applications, scopes, authorizations and tokens, and Concord's organisations.</summary>
public sealed class IdentityStoreContext(DbContextOptions<IdentityStoreContext> options) : DbContext(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<OrganisationClient> OrganisationClients => Set<OrganisationClient>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseOpenIddict();
        // Note: OpenIddict names its tables in PascalCase explicitly, which the snake_case convention leaves alone;
        // renamed so every table in the database can be queried without quoting.
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication>().ToTable("openiddict_applications");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable("openiddict_authorizations");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope>().ToTable("openiddict_scopes");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable("openiddict_tokens");

        modelBuilder.Entity<Organisation>(organisation =>
        {
            organisation.HasKey(o => o.Id);
            organisation.Property(o => o.Id).HasMaxLength(Organisation.IdMaxLength);
            organisation.Property(o => o.Name).HasMaxLength(200);
            // Note: stored as text so the database reads the same as the tokens and survives reordering the enum.
            organisation.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
            organisation.Property(o => o.Jurisdiction).HasMaxLength(2).IsFixedLength();
        });

        modelBuilder.Entity<OrganisationClient>(link =>
        {
            link.HasKey(l => l.ClientId);
            link.Property(l => l.ClientId).HasMaxLength(100);
            link.HasOne(l => l.Organisation)
                .WithMany()
                .HasForeignKey(l => l.OrganisationId)
                .OnDelete(DeleteBehavior.Restrict);
        });
    }
}
