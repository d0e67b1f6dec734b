using Concord.Fiu.Domain;
using Concord.Fiu.Matching;
using Concord.LegalBasis.Audit;
using Concord.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Concord.Fiu.Persistence;

/// <summary>The FIU's own database: received reports, the subject index and its links, the outbox and the inbox.</summary>
public sealed class FiuDbContext(DbContextOptions<FiuDbContext> options) : DbContext(options)
{
    public DbSet<ReceivedReport> Reports => Set<ReceivedReport>();

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
        });

        modelBuilder.AddSubjectIndex();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditChain();
    }
}
