using Concord.LegalBasis.Audit;
using Concord.ServiceDefaults.Outbox;
using Concord.Typology.Domain;
using Microsoft.EntityFrameworkCore;

namespace Concord.Typology.Persistence;

/// <summary>
/// The typology service's own database: typologies, their drafts, published versions and distributions, the screening
/// facts its statistics are drawn from, the outbox and inbox, and the audit chain.
/// </summary>
public sealed class TypologyDbContext(DbContextOptions<TypologyDbContext> options) : DbContext(options)
{
    public DbSet<StoredTypology> Typologies => Set<StoredTypology>();

    public DbSet<TypologyDraft> Drafts => Set<TypologyDraft>();

    public DbSet<PublishedVersion> Versions => Set<PublishedVersion>();

    public DbSet<Distribution> Distributions => Set<Distribution>();

    public DbSet<ScreenedReport> ScreenedReports => Set<ScreenedReport>();

    public DbSet<ReportCitation> Citations => Set<ReportCitation>();

    public DbSet<ReportHit> Hits => Set<ReportHit>();

    public DbSet<ReportDecision> Decisions => Set<ReportDecision>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StoredTypology>(typology =>
        {
            typology.ToTable("typologies");
            typology.HasKey(t => t.Id);
            typology.Property(t => t.Id).ValueGeneratedNever();
            typology.Property(t => t.Code).HasMaxLength(16);
            typology.HasIndex(t => t.Code).IsUnique();
            typology.Property(t => t.CreatedBy).HasMaxLength(200);
            typology.Property(t => t.WithdrawnBy).HasMaxLength(200);
            typology.Property(t => t.WithdrawalReason).HasMaxLength(TypologyLimits.ReasonLength);
            typology.HasOne(t => t.Draft).WithOne().HasForeignKey<TypologyDraft>(d => d.TypologyId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<TypologyDraft>(draft =>
        {
            draft.ToTable("typology_drafts");
            draft.HasKey(d => d.TypologyId);
            draft.Property(d => d.Title).HasMaxLength(TypologyLimits.TitleLength);
            draft.Property(d => d.Summary).HasMaxLength(TypologyLimits.SummaryLength);
            draft.Property(d => d.Narrative).HasMaxLength(TypologyLimits.NarrativeLength);
            draft.Property(d => d.CrimeArea).HasMaxLength(64);
            draft.Property(d => d.Indicators).HasColumnType("jsonb");
            draft.Property(d => d.Marking).HasConversion<string>().HasMaxLength(16);
            draft.Property(d => d.Audience).HasColumnType("jsonb");
            draft.Property(d => d.State).HasConversion<string>().HasMaxLength(16);
            draft.Property(d => d.SubmittedBy).HasMaxLength(200);
            draft.Property(d => d.ReturnedBy).HasMaxLength(200);
            draft.Property(d => d.ReturnReason).HasMaxLength(TypologyLimits.ReasonLength);
        });

        modelBuilder.Entity<PublishedVersion>(version =>
        {
            version.ToTable("typology_versions");
            version.HasKey(v => new { v.TypologyId, v.Version });
            version.Property(v => v.Code).HasMaxLength(16);
            version.HasIndex(v => new { v.Code, v.Version }).IsUnique();
            version.Property(v => v.Title).HasMaxLength(TypologyLimits.TitleLength);
            version.Property(v => v.Summary).HasMaxLength(TypologyLimits.SummaryLength);
            version.Property(v => v.Narrative).HasMaxLength(TypologyLimits.NarrativeLength);
            version.Property(v => v.CrimeArea).HasMaxLength(64);
            version.Property(v => v.Indicators).HasColumnType("jsonb");
            version.Property(v => v.Marking).HasConversion<string>().HasMaxLength(16);
            version.Property(v => v.Audience).HasColumnType("jsonb");
            version.Property(v => v.SubmittedBy).HasMaxLength(200);
            version.Property(v => v.ApprovedBy).HasMaxLength(200);
            version.Property(v => v.PublishedBy).HasMaxLength(64);
            version.HasOne<StoredTypology>().WithMany().HasForeignKey(v => v.TypologyId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Distribution>(distribution =>
        {
            distribution.ToTable("distributions");
            distribution.HasKey(d => d.Id);
            distribution.Property(d => d.Id).ValueGeneratedNever();
            distribution.Property(d => d.Code).HasMaxLength(16);
            distribution.Property(d => d.Recipient).HasMaxLength(TypologyLimits.OrganisationIdLength);
            distribution.Property(d => d.SentAs).HasMaxLength(32);
            distribution.Property(d => d.Envelope).HasColumnType("jsonb");
            distribution.Property(d => d.AcknowledgedBy).HasMaxLength(200);
            distribution.Property(d => d.WithdrawalReason).HasMaxLength(TypologyLimits.ReasonLength);
            distribution.Ignore(d => d.Held);
            // A recipient's typologies; a version's recipients.
            distribution.HasIndex(d => new { d.Recipient, d.TypologyId });
            distribution.HasIndex(d => new { d.TypologyId, d.Version });
            distribution.HasOne<PublishedVersion>().WithMany().HasForeignKey(d => new { d.TypologyId, d.Version }).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<ScreenedReport>(report =>
        {
            report.ToTable("screened_reports");
            report.HasKey(r => r.ReportId);
            report.Property(r => r.ReportId).ValueGeneratedNever();
            report.Property(r => r.ConcordReference).HasMaxLength(64);
            report.Property(r => r.BankOrganisationId).HasMaxLength(TypologyLimits.OrganisationIdLength);
        });

        modelBuilder.Entity<ReportCitation>(citation =>
        {
            citation.ToTable("report_citations");
            citation.HasKey(c => new { c.ReportId, c.Code });
            citation.Property(c => c.Code).HasMaxLength(64);
            citation.HasIndex(c => new { c.Code, c.Version });
        });

        modelBuilder.Entity<ReportHit>(hit =>
        {
            hit.ToTable("report_hits");
            hit.HasKey(h => new { h.ReportId, h.Code, h.Version, h.IndicatorCode });
            hit.Property(h => h.Code).HasMaxLength(64);
            hit.Property(h => h.IndicatorCode).HasMaxLength(64);
            hit.HasIndex(h => new { h.Code, h.Version });
        });

        modelBuilder.Entity<ReportDecision>(decision =>
        {
            decision.ToTable("report_decisions");
            decision.HasKey(d => d.ReportId);
            decision.Property(d => d.ReportId).ValueGeneratedNever();
            decision.Property(d => d.ConcordReference).HasMaxLength(64);
            decision.Property(d => d.BankOrganisationId).HasMaxLength(TypologyLimits.OrganisationIdLength);
            decision.Property(d => d.Decision).HasMaxLength(32);
        });

        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditChain();
    }
}
