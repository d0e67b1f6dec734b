using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.Production;

/// <summary>The gateway's production-request tables: each request one bank's, its documents with it.</summary>
internal static class ProductionModel
{
    public static ModelBuilder AddProduction(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ProductionRequest>(request =>
        {
            request.ToTable("production_requests");
            request.HasKey(r => r.Id);
            // Note: the id is the task force's, never generated here: a request delivered twice is one row.
            request.Property(r => r.Id).ValueGeneratedNever();
            request.HasIndex(r => r.Reference).IsUnique();
            request.Property(r => r.BankOrganisationId).HasMaxLength(64);
            // Each bank lists its own, newest first.
            request.HasIndex(r => new { r.BankOrganisationId, r.ReceivedAt });
            request.Property(r => r.RequestedBy).HasMaxLength(64);
            request.Property(r => r.Subjects).HasColumnType("jsonb");
            request.Property(r => r.Envelope).HasColumnType("jsonb");
            request.Property(r => r.AnsweredBy).HasMaxLength(128);
            request.Property(r => r.AnswerMarking).HasConversion<string>().HasMaxLength(16);
            // The retention job looks for what is due; the documents go with their request.
            request.HasIndex(r => r.RetainUntil);
            request.HasMany(r => r.Documents).WithOne().HasForeignKey(d => d.ProductionRequestId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ProductionDocument>(document =>
        {
            document.ToTable("production_documents");
            document.HasKey(d => d.Id);
            document.Property(d => d.Id).ValueGeneratedNever();
            document.HasIndex(d => new { d.ProductionRequestId, d.Position }).IsUnique();
            document.Property(d => d.FileName).HasMaxLength(ProductionLimits.FileNameLength);
            document.Property(d => d.MediaType).HasMaxLength(128);
            document.Property(d => d.Description).HasMaxLength(ProductionLimits.DescriptionLength);
            document.Property(d => d.Sha256).HasMaxLength(64);
            // Note: what is produced is mostly already compressed (PDF, images, Office files); lz4 costs little on the rest.
            document.Property(d => d.Content).UseCompressionMethod("lz4");
        });

        return modelBuilder;
    }
}
