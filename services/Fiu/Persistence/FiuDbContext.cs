using Concord.Fiu.Disseminations;
using Concord.Fiu.Domain;
using Concord.Fiu.Triage;
using Concord.Fiu.Feedback;
using Concord.Fiu.Requests;
using Concord.Fiu.Matching;
using Concord.Fiu.Screening;
using Concord.LegalBasis.Audit;
using Concord.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Concord.Fiu.Persistence;

/// <summary>
/// The FIU's own database: received reports and their triage, the subject index and its links, requests for
/// information, feedback, the typologies it screens with and their hits, disseminations to task forces and the
/// outcomes of their cases, the outbox and the inbox.
/// </summary>
public sealed class FiuDbContext(DbContextOptions<FiuDbContext> options) : DbContext(options)
{
    public DbSet<ReceivedReport> Reports => Set<ReceivedReport>();

    public DbSet<AnalysisNote> Notes => Set<AnalysisNote>();
    public DbSet<InformationRequest> InformationRequests => Set<InformationRequest>();

    public DbSet<RequestRecipient> RequestRecipients => Set<RequestRecipient>();

    public DbSet<RecipientAnswer> RequestAnswers => Set<RecipientAnswer>();

    public DbSet<ReportFeedback> ReportFeedback => Set<ReportFeedback>();

    public DbSet<ScreeningTypology> ScreeningTypologies => Set<ScreeningTypology>();

    public DbSet<ReportTypologyHit> TypologyHits => Set<ReportTypologyHit>();

    public DbSet<Dissemination> Disseminations => Set<Dissemination>();

    public DbSet<CaseOutcome> CaseOutcomes => Set<CaseOutcome>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReceivedReport>(report =>
        {
            report.ToTable("received_reports");
            report.HasKey(r => r.Id);
            // Note: the report id is the gateway's, never generated here.
            report.Property(r => r.Id).ValueGeneratedNever();
            // Note: no length limits on what the bank or gateway supplies: an over-long value would fail the whole
            // batch it arrived in, again on every redelivery. The gateway bounds sizes before anything is filed.
            report.HasIndex(r => r.ConcordReference).IsUnique();
            report.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            report.Property(r => r.FiuReference).HasMaxLength(32);
            report.HasIndex(r => r.FiuReference).IsUnique();
            report.Property(r => r.RejectionReasons).HasColumnType("jsonb");
            report.Property(r => r.Report).HasColumnType("jsonb").UseCompressionMethod("lz4");
            // Analysts list newest first, optionally by status or by bank.
            report.HasIndex(r => new { r.ReceivedAt, r.Id });
            report.HasIndex(r => new { r.Status, r.ReceivedAt });
            report.HasIndex(r => new { r.BankOrganisationId, r.ReceivedAt });
            report.Property(r => r.LegalGateway).HasMaxLength(64);
            report.Property(r => r.Envelope).HasColumnType("jsonb");
            // The retention job looks for what is due.
            report.HasIndex(r => r.RetainUntil);
            report.Property(r => r.TriageFactors).HasColumnType("jsonb");
            report.Property(r => r.AssignedTo).HasMaxLength(64);
            report.Property(r => r.AssignedBy).HasMaxLength(128);
            report.Property(r => r.Decision).HasConversion<string>().HasMaxLength(20);
            report.Property(r => r.DecisionReason).HasMaxLength(TriageLimits.ReasonLength);
            report.Property(r => r.DecidedBy).HasMaxLength(128);
            // The queue: undecided reports, highest score first, oldest first among equals.
            report.HasIndex(r => new { r.TriageScore, r.ReceivedAt }).HasFilter("decision IS NULL AND status = 'Acknowledged'");
        });

        modelBuilder.Entity<AnalysisNote>(note =>
        {
            note.ToTable("analysis_notes");
            note.HasKey(n => n.Id);
            note.Property(n => n.Author).HasMaxLength(128);
            note.Property(n => n.Text).HasMaxLength(TriageLimits.NoteLength);
            note.HasIndex(n => new { n.ReportId, n.WrittenAt });
            // Note: a purged report takes its notes with it.
            note.HasOne<ReceivedReport>().WithMany().HasForeignKey(n => n.ReportId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.AddInformationRequests();
        modelBuilder.AddReportFeedback();
        modelBuilder.AddSubjectIndex();
        modelBuilder.AddTypologyScreening();
        modelBuilder.AddDisseminations();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditChain();
    }
}
