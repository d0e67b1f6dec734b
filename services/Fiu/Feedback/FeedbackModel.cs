using Concord.Fiu.Domain;
using Microsoft.EntityFrameworkCore;

namespace Concord.Fiu.Feedback;

/// <summary>The table of feedback on reports; it goes with its report when the report is purged.</summary>
internal static class FeedbackModel
{
    public static ModelBuilder AddReportFeedback(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReportFeedback>(feedback =>
        {
            feedback.ToTable("report_feedback");
            feedback.HasKey(f => f.Id);
            feedback.Property(f => f.Id).ValueGeneratedNever();
            feedback.Property(f => f.Sequence).UseIdentityByDefaultColumn();
            feedback.HasIndex(f => new { f.ReportId, f.Sequence });
            // Note: the report's retention is the feedback's: a purged report takes its feedback with it.
            feedback.HasOne<ReceivedReport>().WithMany().HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Cascade);
            feedback.Property(f => f.FiuReference).HasMaxLength(32);
            feedback.Property(f => f.Outcome).HasConversion<string>().HasMaxLength(24);
            feedback.Property(f => f.Comment).HasMaxLength(Requests.RequestLimits.CommentLength);
            feedback.Property(f => f.GivenBy).HasMaxLength(200);
            feedback.Property(f => f.Envelope).HasColumnType("jsonb");
        });

        return modelBuilder;
    }
}
