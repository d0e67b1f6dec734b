using Concord.Cases.Domain;
using Concord.LegalBasis.Audit;
using Concord.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Concord.Cases.Persistence;

/// <summary>The cases service's own database: each case's events, the projections lists read (cases, members), and the audit chain.</summary>
public sealed class CasesDbContext(DbContextOptions<CasesDbContext> options) : DbContext(options)
{
    public DbSet<StoredCase> Cases => Set<StoredCase>();

    public DbSet<StoredMember> Members => Set<StoredMember>();

    public DbSet<StoredCaseEvent> Events => Set<StoredCaseEvent>();

    public DbSet<StoredDissemination> Disseminations => Set<StoredDissemination>();

    public DbSet<StoredProductionRequest> ProductionRequests => Set<StoredProductionRequest>();

    public DbSet<StoredDocument> Documents => Set<StoredDocument>();

    public DbSet<StoredOnwardShare> OnwardShares => Set<StoredOnwardShare>();

    public DbSet<StoredItem> Items => Set<StoredItem>();

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
            stored.Property(c => c.Reference).HasMaxLength(32);
            stored.HasIndex(c => c.Reference).IsUnique();
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

        modelBuilder.Entity<StoredDissemination>(stored =>
        {
            stored.ToTable("disseminations");
            stored.HasKey(d => d.Id);
            stored.Property(d => d.Id).ValueGeneratedNever();
            stored.Property(d => d.Reference).HasMaxLength(32);
            stored.HasIndex(d => d.Reference).IsUnique();
            stored.Property(d => d.RecipientOrganisationId).HasMaxLength(CaseLimits.OrganisationIdLength);
            stored.Property(d => d.Title).HasMaxLength(500);
            stored.Property(d => d.Reports).HasColumnType("jsonb");
            stored.Property(d => d.Envelope).HasColumnType("jsonb");
            stored.Property(d => d.DisseminatedBy).HasMaxLength(CaseLimits.OrganisationIdLength);
            stored.Property(d => d.DisseminatedByPerson).HasMaxLength(CaseLimits.PersonIdLength);
            stored.Property(d => d.TakenBy).HasMaxLength(CaseLimits.PersonIdLength);
            // An organisation's disseminations, pending first: the list's filter and order.
            stored.HasIndex(d => new { d.RecipientOrganisationId, d.TakenAt, d.DisseminatedAt });
            // The retention job looks for pending disseminations that are due.
            stored.HasIndex(d => d.RetainUntil).HasFilter("taken_at IS NULL");
        });

        modelBuilder.Entity<StoredProductionRequest>(stored =>
        {
            stored.ToTable("production_requests");
            stored.HasKey(r => r.Id);
            stored.Property(r => r.Id).ValueGeneratedNever();
            stored.Property(r => r.Reference).HasMaxLength(32);
            stored.HasIndex(r => r.Reference).IsUnique();
            stored.Property(r => r.BankOrganisationId).HasMaxLength(CaseLimits.OrganisationIdLength);
            stored.Property(r => r.RequestedByOrganisation).HasMaxLength(CaseLimits.OrganisationIdLength);
            stored.HasIndex(r => r.CaseId);
            stored.HasOne<StoredCase>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<StoredDocument>(stored =>
        {
            stored.ToTable("produced_documents");
            stored.HasKey(d => d.Id);
            stored.Property(d => d.Id).ValueGeneratedNever();
            stored.Property(d => d.FileName).HasMaxLength(255);
            stored.Property(d => d.MediaType).HasMaxLength(127);
            stored.Property(d => d.Sha256).HasMaxLength(64);
            stored.HasIndex(d => new { d.CaseId, d.ItemId });
            stored.HasOne<StoredCase>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<StoredOnwardShare>(stored =>
        {
            stored.ToTable("onward_shares");
            stored.HasKey(s => s.Id);
            stored.Property(s => s.Id).ValueGeneratedNever();
            stored.Property(s => s.Originator).HasMaxLength(CaseLimits.OrganisationIdLength);
            stored.Property(s => s.RequestedByOrganisation).HasMaxLength(CaseLimits.OrganisationIdLength);
            stored.Property(s => s.Recipient).HasMaxLength(CaseLimits.OrganisationIdLength);
            stored.HasIndex(s => new { s.CaseId, s.ItemId });
            stored.HasOne<StoredCase>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<StoredItem>(stored =>
        {
            stored.ToTable("case_items");
            stored.HasKey(i => i.ItemId);
            stored.Property(i => i.ItemId).ValueGeneratedNever();
            stored.HasIndex(i => i.CaseId);
            // The retention job looks for what is due (purged items are no longer).
            stored.HasIndex(i => i.RetainUntil).HasFilter("purged_at IS NULL");
            stored.HasOne<StoredCase>().WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditChain();
    }
}
