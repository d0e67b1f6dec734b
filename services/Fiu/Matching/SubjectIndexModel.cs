using Concord.Fiu.Domain;
using Microsoft.EntityFrameworkCore;

namespace Concord.Fiu.Matching;

/// <summary>The subject index and the links in the FIU's database.</summary>
public static class SubjectIndexModel
{
    public static ModelBuilder AddSubjectIndex(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<SubjectIdentifier>(identifier =>
        {
            identifier.ToTable("subject_identifiers");
            // Note: the key is the look-up order itself — (kind, value), newest first by id — so each new row goes into
            // one B-tree fewer than with a key on the id alone and a separate look-up index.
            identifier.HasKey(i => new { i.Kind, i.Value, i.Id });
            identifier.Property(i => i.Id).UseIdentityAlwaysColumn();
            identifier.Property(i => i.Kind).HasConversion<string>().HasMaxLength(24);
            identifier.Property(i => i.HolderKind).HasConversion<string>().HasMaxLength(16);
            // Note: a purged report takes its identifiers with it (the retention job deletes received_reports rows).
            identifier.HasOne<ReceivedReport>().WithMany().HasForeignKey(i => i.ReportId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ReportLink>(link =>
        {
            link.ToTable("report_links");
            link.HasKey(l => l.Id);
            link.Property(l => l.Id).UseIdentityAlwaysColumn();
            link.Property(l => l.Kind).HasConversion<string>().HasMaxLength(24);
            link.HasOne<ReceivedReport>().WithMany().HasForeignKey(l => l.ReportId).OnDelete(DeleteBehavior.Cascade);
            link.HasOne<ReceivedReport>().WithMany().HasForeignKey(l => l.LinkedReportId).OnDelete(DeleteBehavior.Cascade);
            // A report's links are read from either end.
            link.HasIndex(l => l.ReportId);
            link.HasIndex(l => l.LinkedReportId);
        });

        return modelBuilder;
    }
}
