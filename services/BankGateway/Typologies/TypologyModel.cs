using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.Typologies;

/// <summary>The gateway's typology tables: the versions each bank received, and the withdrawals it was told of.</summary>
internal static class TypologyModel
{
    public static ModelBuilder AddTypologies(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReceivedTypology>(typology =>
        {
            typology.ToTable("received_typologies");
            typology.HasKey(t => t.Id);
            // Note: the id is the FIU's distribution id, never generated here: a copy delivered twice is one row.
            typology.Property(t => t.Id).ValueGeneratedNever();
            typology.Property(t => t.BankOrganisationId).HasMaxLength(64);
            // Note: one row per version per bank, whatever the order or number of deliveries.
            typology.HasIndex(t => new { t.BankOrganisationId, t.TypologyId, t.Version }).IsUnique();
            typology.HasIndex(t => new { t.BankOrganisationId, t.Code });
            // Each bank lists what applies to it, current versions first.
            typology.HasIndex(t => new { t.BankOrganisationId, t.Status, t.PublishedAt });
            // Note: no length limits on what the FIU supplies: it bounds its own codes, texts and indicators.
            typology.Property(t => t.Indicators).HasColumnType("jsonb");
            typology.Property(t => t.Changes).HasColumnType("jsonb");
            typology.Property(t => t.Marking).HasConversion<string>().HasMaxLength(16);
            typology.Property(t => t.OnwardSharing).HasConversion<string>().HasMaxLength(24);
            typology.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
            typology.Property(t => t.AcknowledgedBy).HasMaxLength(128);
            typology.Property(t => t.Envelope).HasColumnType("jsonb");
            // The retention job looks for what is due.
            typology.HasIndex(t => t.RetainUntil);
        });

        modelBuilder.Entity<ReceivedWithdrawal>(withdrawal =>
        {
            withdrawal.ToTable("typology_withdrawals");
            withdrawal.HasKey(w => w.Id);
            withdrawal.Property(w => w.BankOrganisationId).HasMaxLength(64);
            withdrawal.HasIndex(w => new { w.BankOrganisationId, w.TypologyId, w.Version }).IsUnique();
            withdrawal.Property(w => w.Envelope).HasColumnType("jsonb");
            withdrawal.HasIndex(w => w.RetainUntil);
        });

        return modelBuilder;
    }
}
