using Concord.Fiu.Domain;
using Microsoft.EntityFrameworkCore;

namespace Concord.Fiu.Disseminations;

/// <summary>The tables of disseminations, the reports each derives from, and the case outcomes told back.</summary>
internal static class DisseminationModel
{
    public static ModelBuilder AddDisseminations(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Dissemination>(dissemination =>
        {
            dissemination.ToTable("disseminations");
            dissemination.HasKey(d => d.Id);
            dissemination.Property(d => d.Id).ValueGeneratedNever();
            dissemination.Property(d => d.Reference).HasMaxLength(20);
            dissemination.HasIndex(d => d.Reference).IsUnique();
            dissemination.Property(d => d.AgreementCode).HasMaxLength(64);
            dissemination.Property(d => d.LegalGateway).HasMaxLength(64);
            dissemination.Property(d => d.RecipientOrganisationId).HasMaxLength(64);
            dissemination.Property(d => d.Title).HasMaxLength(DisseminationLimits.TitleLength);
            dissemination.Property(d => d.AnalysisNote).HasMaxLength(DisseminationLimits.NoteLength);
            dissemination.Property(d => d.Marking).HasConversion<string>().HasMaxLength(16);
            dissemination.Property(d => d.OnwardSharing).HasConversion<string>().HasMaxLength(24);
            dissemination.Property(d => d.SourceReliability).HasConversion<string>().HasMaxLength(1);
            dissemination.Property(d => d.SourceCredibility).HasConversion<int>();
            dissemination.Property(d => d.Envelope).HasColumnType("jsonb");
            dissemination.Property(d => d.DisseminatedBy).HasMaxLength(200);
            // Analysts list newest first.
            dissemination.HasIndex(d => new { d.DisseminatedAt, d.Id });
            dissemination.HasMany(d => d.Reports).WithOne(r => r.Dissemination).HasForeignKey(r => r.DisseminationId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DisseminationReport>(report =>
        {
            report.ToTable("dissemination_reports");
            report.HasKey(r => new { r.DisseminationId, r.ReportId });
            report.Property(r => r.ConcordReference).HasMaxLength(64);
            report.Property(r => r.FiuReference).HasMaxLength(32);
            report.Property(r => r.BankOrganisationId).HasMaxLength(64);
            // The task force asks for one report at a time: which disseminations carried it.
            report.HasIndex(r => r.ReportId);
            // Note: a purged report leaves the dissemination, which then no longer answers for it.
            report.HasOne<ReceivedReport>().WithMany().HasForeignKey(r => r.ReportId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CaseOutcome>(outcome =>
        {
            outcome.ToTable("case_outcomes");
            outcome.HasKey(o => o.Id);
            outcome.Property(o => o.Id).ValueGeneratedNever();
            // Note: no length limits on what the task force sends: the Cases service bounds it before anything is sent.
            outcome.Property(o => o.Outcome).HasConversion<string>().HasMaxLength(24);
            outcome.Property(o => o.Milestones).HasColumnType("jsonb");
            outcome.Property(o => o.Reports).HasColumnType("jsonb");
            outcome.Property(o => o.Envelope).HasColumnType("jsonb");
            outcome.HasIndex(o => o.ConcordReferences).HasMethod("gin");
            outcome.HasIndex(o => o.DisseminationReferences).HasMethod("gin");
            outcome.HasIndex(o => new { o.ClosedAt, o.Id });
            // The retention job looks for what is due.
            outcome.HasIndex(o => o.RetainUntil);
        });

        return modelBuilder;
    }
}
