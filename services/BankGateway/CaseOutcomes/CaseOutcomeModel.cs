using Concord.BankGateway.Domain;
using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.CaseOutcomes;

/// <summary>The gateway's case-outcome tables: each outcome one bank's, linked to the bank's reports it names.</summary>
internal static class CaseOutcomeModel
{
    public static ModelBuilder AddCaseOutcomes(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReceivedCaseOutcome>(outcome =>
        {
            outcome.ToTable("case_outcomes");
            outcome.HasKey(o => o.Id);
            // Note: the id is the task force's, never generated here: an outcome delivered twice is one row.
            outcome.Property(o => o.Id).ValueGeneratedNever();
            outcome.Property(o => o.Sequence).UseIdentityByDefaultColumn();
            outcome.Property(o => o.BankOrganisationId).HasMaxLength(64);
            // Each bank lists its own, latest closed first.
            outcome.HasIndex(o => new { o.BankOrganisationId, o.ClosedAt });
            outcome.Property(o => o.CaseReference).HasMaxLength(64);
            outcome.Property(o => o.Outcome).HasConversion<string>().HasMaxLength(24);
            outcome.Property(o => o.Milestones).HasColumnType("jsonb");
            outcome.Property(o => o.ReportedBy).HasMaxLength(64);
            outcome.Property(o => o.Envelope).HasColumnType("jsonb");
            outcome.HasIndex(o => o.RetainUntil);
            outcome.HasMany(o => o.Reports).WithOne().HasForeignKey(r => r.CaseOutcomeId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CaseOutcomeReport>(report =>
        {
            report.ToTable("case_outcome_reports");
            report.HasKey(r => new { r.CaseOutcomeId, r.ReportId });
            // A report's status shows the outcomes it contributed to.
            report.HasIndex(r => r.ReportId);
            report.HasOne<FiledReport>().WithMany().HasForeignKey(r => r.ReportId).OnDelete(DeleteBehavior.Cascade);
            report.Property(r => r.ConcordReference).HasMaxLength(20);
        });

        return modelBuilder;
    }
}
