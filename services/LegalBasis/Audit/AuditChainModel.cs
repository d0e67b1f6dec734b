using Microsoft.EntityFrameworkCore;

namespace Concord.LegalBasis.Audit;

public static class AuditChainModel
{
    /// <summary>The length of a SHA-256 hash; the first entry's previous hash is this many zero bytes.</summary>
    public const int HashLength = 32;

    /// <summary>
    /// Adds the audit chain's tables (<c>audit_entries</c>, <c>audit_head</c>) to a service's model. Column names are
    /// fixed here, whatever the context's naming convention, because appends and verification use them in SQL. The
    /// service's migration must also run <see cref="AuditChainSql.AppendOnly"/>.
    /// </summary>
    public static ModelBuilder AddAuditChain(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("audit_entries");
            entry.HasKey(e => e.Sequence).HasName("pk_audit_entries");
            entry.Property(e => e.Sequence).HasColumnName("sequence").ValueGeneratedNever();
            entry.Property(e => e.RecordedAt).HasColumnName("recorded_at");
            entry.Property(e => e.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(32);
            entry.Property(e => e.Actor).HasColumnName("actor");
            entry.Property(e => e.Action).HasColumnName("action");
            entry.Property(e => e.Subject).HasColumnName("subject");
            entry.Property(e => e.Outcome).HasColumnName("outcome").HasConversion<string>().HasMaxLength(16);
            entry.Property(e => e.AgreementId).HasColumnName("agreement_id");
            entry.Property(e => e.AgreementVersion).HasColumnName("agreement_version");
            entry.Property(e => e.Reasons).HasColumnName("reasons");
            entry.Property(e => e.Details).HasColumnName("details").HasColumnType("json");
            entry.Property(e => e.PreviousHash).HasColumnName("previous_hash");
            entry.Property(e => e.Hash).HasColumnName("hash");
            // Oversight asks "every decision about this item": by subject, in order.
            entry.HasIndex(e => new { e.Subject, e.Sequence }).HasDatabaseName("ix_audit_entries_subject_sequence");
        });

        modelBuilder.Entity<AuditHead>(head =>
        {
            head.ToTable("audit_head");
            head.HasKey(h => h.Id).HasName("pk_audit_head");
            head.Property(h => h.Id).HasColumnName("id").ValueGeneratedNever();
            head.Property(h => h.Sequence).HasColumnName("sequence");
            head.Property(h => h.Hash).HasColumnName("hash");
            head.HasData(new AuditHead { Id = 1, Sequence = 0, Hash = new byte[HashLength] });
        });

        return modelBuilder;
    }
}
