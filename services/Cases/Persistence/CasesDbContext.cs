using Concord.Cases.Domain;
using Concord.LegalBasis.Audit;
using Microsoft.EntityFrameworkCore;

namespace Concord.Cases.Persistence;

/// <summary>The cases service's own database: each case's events, the projections lists read (cases, members), and the audit chain.</summary>
public sealed class CasesDbContext(DbContextOptions<CasesDbContext> options) : DbContext(options)
{
    public DbSet<StoredCase> Cases => Set<StoredCase>();

    public DbSet<StoredMember> Members => Set<StoredMember>();

    public DbSet<StoredCaseEvent> Events => Set<StoredCaseEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StoredCase>(stored =>
        {
            stored.ToTable("cases");
            stored.HasKey(c => c.Id);
            stored.Property(c => c.Id).ValueGeneratedNever();
            stored.Property(c => c.Title).HasMaxLength(CaseLimits.TitleLength);
            stored.Property(c => c.CaseType).HasMaxLength(64);
            stored.Property(c => c.AgreementCode).HasMaxLength(64);
            stored.Property(c => c.Milestone).HasConversion<string>().HasMaxLength(32);
            stored.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(32);
            stored.Property(c => c.OpenedBy).HasMaxLength(CaseLimits.PersonIdLength);
            stored.Property(c => c.OpenedByOrganisation).HasMaxLength(CaseLimits.OrganisationIdLength);
            stored.HasIndex(c => c.OpenedAt);
        });

        modelBuilder.Entity<StoredMember>(member =>
        {
            member.ToTable("case_members");
            member.HasKey(m => new { m.CaseId, m.PersonId });
            member.Property(m => m.PersonId).HasMaxLength(CaseLimits.PersonIdLength);
            member.Property(m => m.OrganisationId).HasMaxLength(CaseLimits.OrganisationIdLength);
            member.Property(m => m.Role).HasConversion<string>().HasMaxLength(32);
            // An organisation's cases: the visibility filter of every list and count.
            member.HasIndex(m => new { m.OrganisationId, m.CaseId });
            member.HasOne<StoredCase>().WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<StoredCaseEvent>(stored =>
        {
            stored.ToTable("case_events");
            stored.HasKey(e => new { e.CaseId, e.Sequence });
            stored.Property(e => e.Type).HasMaxLength(64);
            stored.Property(e => e.Payload).HasColumnType("jsonb");
            stored.Property(e => e.By).HasMaxLength(CaseLimits.PersonIdLength);
            stored.Property(e => e.ByOrganisation).HasMaxLength(CaseLimits.OrganisationIdLength);
            stored.HasOne<StoredCase>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.AddAuditChain();
    }
}
