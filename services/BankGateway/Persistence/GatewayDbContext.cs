using Concord.BankGateway.CaseOutcomes;
using Concord.BankGateway.Domain;
using Concord.BankGateway.Inbox;
using Concord.BankGateway.Production;
using Concord.BankGateway.Typologies;
using Concord.LegalBasis.Audit;
using Concord.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.Persistence;

/// <summary>The bank gateway's own database: filed reports, the banks' inbox (requests, feedback, typologies, production requests, case outcomes), the outbox and the message inbox.</summary>
public sealed class GatewayDbContext(DbContextOptions<GatewayDbContext> options) : DbContext(options)
{
    public DbSet<FiledReport> Reports => Set<FiledReport>();

    public DbSet<InboxRequest> InboxRequests => Set<InboxRequest>();

    public DbSet<ReceivedFeedback> ReportFeedback => Set<ReceivedFeedback>();

    public DbSet<ReceivedTypology> ReceivedTypologies => Set<ReceivedTypology>();

    public DbSet<ReceivedWithdrawal> TypologyWithdrawals => Set<ReceivedWithdrawal>();

    public DbSet<ProductionRequest> ProductionRequests => Set<ProductionRequest>();

    public DbSet<ReceivedCaseOutcome> CaseOutcomes => Set<ReceivedCaseOutcome>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FiledReport>(report =>
        {
            report.ToTable("reports");
            // Note: every report is updated once, when the FIU decides. Moving the document out of line (toast_tuple_target)
            // and leaving room on each page (fillfactor) lets that update stay on its page and copy a pointer, not the document.
            report.HasStorageParameter("toast_tuple_target", 128).HasStorageParameter("fillfactor", 80);
            report.HasKey(r => r.Id);
            report.Property(r => r.ConcordReference).HasMaxLength(20);
            report.HasIndex(r => r.ConcordReference).IsUnique();
            report.Property(r => r.BankOrganisationId).HasMaxLength(64);
            report.Property(r => r.BankReference).HasMaxLength(64);
            // The idempotency key: one report per bank reference per bank, whatever races between requests.
            report.HasIndex(r => new { r.BankOrganisationId, r.BankReference }).IsUnique();
            report.HasIndex(r => new { r.BankOrganisationId, r.FiledAt });
            report.Property(r => r.ReportTypeCode).HasMaxLength(10);
            report.Property(r => r.ContentHash).HasMaxLength(64);
            // Note: json, not jsonb: the document is kept byte for byte as it was hashed into ContentHash, so the hash can
            // be checked against it; lz4 makes storing and reading it cheaper than the default pglz.
            report.Property(r => r.Report).HasColumnType("json").UseCompressionMethod("lz4");
            report.Property(r => r.FiledBy).HasMaxLength(128);
            report.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            report.Property(r => r.FiuReference).HasMaxLength(32);
            report.Property(r => r.RejectionReasons).HasColumnType("jsonb");
            // The retention job looks for FIU answers that are due (few rows carry one at a time, so a partial index).
            report.HasIndex(r => r.FeedbackRetainUntil).HasFilter("feedback_retain_until IS NOT NULL");
        });

        modelBuilder.AddInbox();
        modelBuilder.AddTypologies();
        modelBuilder.AddProduction();
        modelBuilder.AddCaseOutcomes();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditChain();
    }
}
