using Concord.BankGateway.Domain;
using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.Inbox;

/// <summary>The gateway's inbox tables: requests for information and feedback on reports, each row one bank's.</summary>
internal static class InboxModel
{
    public static ModelBuilder AddInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InboxRequest>(request =>
        {
            request.ToTable("information_requests");
            request.HasKey(r => r.Id);
            // Note: the id is the FIU's, never generated here: a request delivered twice is one row.
            request.Property(r => r.Id).ValueGeneratedNever();
            // Note: no length limits on what the FIU supplies: it bounds its own references, subjects and reasons.
            request.HasIndex(r => r.Reference).IsUnique();
            request.Property(r => r.BankOrganisationId).HasMaxLength(64);
            // Each bank lists its own, newest first.
            request.HasIndex(r => new { r.BankOrganisationId, r.ReceivedAt });
            request.Property(r => r.Subjects).HasColumnType("jsonb");
            request.Property(r => r.Envelope).HasColumnType("jsonb");
            request.Property(r => r.AnsweredBy).HasMaxLength(128);
            request.Property(r => r.Answers).HasColumnType("jsonb");
            request.Property(r => r.AnswerHash).HasMaxLength(64);
            // The retention job looks for what is due.
            request.HasIndex(r => r.RetainUntil);
        });

        modelBuilder.Entity<ReceivedFeedback>(feedback =>
        {
            feedback.ToTable("report_feedback");
            feedback.HasKey(f => f.Id);
            feedback.Property(f => f.Id).ValueGeneratedNever();
            feedback.Property(f => f.Sequence).UseIdentityByDefaultColumn();
            feedback.HasOne<FiledReport>().WithMany().HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Cascade);
            feedback.HasIndex(f => new { f.ReportId, f.GivenAt });
            feedback.Property(f => f.BankOrganisationId).HasMaxLength(64);
            feedback.HasIndex(f => new { f.BankOrganisationId, f.GivenAt });
            feedback.Property(f => f.ConcordReference).HasMaxLength(20);
            feedback.Property(f => f.Outcome).HasConversion<string>().HasMaxLength(24);
            feedback.Property(f => f.Envelope).HasColumnType("jsonb");
            feedback.HasIndex(f => f.RetainUntil);
        });

        return modelBuilder;
    }
}
