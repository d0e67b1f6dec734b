using Microsoft.EntityFrameworkCore;

namespace Concord.Fiu.Requests;

/// <summary>The tables of requests for information: the request, one row per bank asked, and each bank's answer.</summary>
internal static class RequestModel
{
    public static ModelBuilder AddInformationRequests(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InformationRequest>(request =>
        {
            request.ToTable("information_requests");
            request.HasKey(r => r.Id);
            request.Property(r => r.Id).ValueGeneratedNever();
            request.Property(r => r.Reference).HasMaxLength(20);
            request.HasIndex(r => r.Reference).IsUnique();
            request.Property(r => r.AgreementCode).HasMaxLength(64);
            request.Property(r => r.LegalGateway).HasMaxLength(64);
            request.Property(r => r.Subjects).HasColumnType("jsonb");
            request.Property(r => r.RequestedBy).HasMaxLength(200);
            request.Property(r => r.WithdrawnBy).HasMaxLength(200);
            // Analysts list newest first.
            request.HasIndex(r => new { r.RequestedAt, r.Id });
            request.HasMany(r => r.Recipients).WithOne(r => r.Request).HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RequestRecipient>(recipient =>
        {
            recipient.ToTable("information_request_recipients");
            recipient.HasKey(r => r.Id);
            // Note: the id is the bank's copy's, fixed when the request is sent and named by its answer.
            recipient.Property(r => r.Id).ValueGeneratedNever();
            recipient.Property(r => r.BankOrganisationId).HasMaxLength(64);
            recipient.HasIndex(r => new { r.RequestId, r.BankOrganisationId }).IsUnique();
            recipient.Property(r => r.Reference).HasMaxLength(20);
            recipient.HasIndex(r => r.Reference).IsUnique();
            recipient.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            recipient.Property(r => r.Envelope).HasColumnType("jsonb");
            recipient.HasOne(r => r.Answer).WithOne().HasForeignKey<RecipientAnswer>(a => a.RecipientId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RecipientAnswer>(answer =>
        {
            answer.ToTable("information_request_answers");
            answer.HasKey(a => a.RecipientId);
            answer.Property(a => a.Reference).HasMaxLength(20);
            answer.Property(a => a.BankOrganisationId).HasMaxLength(64);
            // Note: no length limits on what the bank sends in its answer: the gateway bounds it before anything is sent.
            answer.Property(a => a.Answers).HasColumnType("jsonb");
            answer.Property(a => a.Envelope).HasColumnType("jsonb");
            // The retention job looks for what is due.
            answer.HasIndex(a => a.RetainUntil);
        });

        return modelBuilder;
    }
}
