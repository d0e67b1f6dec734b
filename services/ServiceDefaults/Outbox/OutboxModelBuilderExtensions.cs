using Microsoft.EntityFrameworkCore;

namespace Concord.ServiceDefaults.Outbox;

public static class OutboxModelBuilderExtensions
{
    /// <summary>Adds the outbox and inbox tables to a service's model.</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(entity =>
        {
            entity.ToTable("outbox_messages");
            entity.HasKey(m => m.Id);
            entity.Property(m => m.Id).UseIdentityAlwaysColumn();
            entity.Property(m => m.MessageType).HasMaxLength(256);
            // Note: json, not jsonb: the body is only ever read back whole, so it is not worth converting on the way in.
            entity.Property(m => m.Body).HasColumnType("json").UseCompressionMethod("lz4");
            entity.Property(m => m.TraceParent).HasMaxLength(64);
            entity.Property(m => m.TraceState).HasMaxLength(512);
            entity.Property(m => m.LastError).HasMaxLength(2000);
            entity.HasIndex(m => m.MessageId).IsUnique();
        });

        modelBuilder.Entity<ProcessedMessage>(entity =>
        {
            entity.ToTable("processed_messages");
            entity.HasKey(m => new { m.Consumer, m.MessageId });
            entity.Property(m => m.Consumer).HasMaxLength(128);
        });

        return modelBuilder;
    }
}
