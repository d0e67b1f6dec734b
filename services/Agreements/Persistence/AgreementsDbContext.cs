using Concord.Agreements.Domain;
using Concord.LegalBasis.Audit;
using Concord.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Concord.Agreements.Persistence;

/// <summary>The Agreements service's own database: gateways, agreements, consents, checkpoints, the outbox and its audit chain.</summary>
public sealed class AgreementsDbContext(DbContextOptions<AgreementsDbContext> options) : DbContext(options)
{
    public DbSet<LegalGateway> LegalGateways => Set<LegalGateway>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<AgreementVersion> Versions => Set<AgreementVersion>();

    public DbSet<AgreementApproval> Approvals => Set<AgreementApproval>();

    public DbSet<AgreementEvent> Events => Set<AgreementEvent>();

    public DbSet<Consent> Consents => Set<Consent>();

    public DbSet<StoredConsentRequest> ConsentRequests => Set<StoredConsentRequest>();

    public DbSet<StoredCheckpoint> Checkpoints => Set<StoredCheckpoint>();

    public DbSet<CheckpointConflict> CheckpointConflicts => Set<CheckpointConflict>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LegalGateway>(gateway =>
        {
            gateway.ToTable("legal_gateways");
            gateway.HasKey(g => g.Code);
            gateway.Property(g => g.Code).HasMaxLength(64);
            gateway.Property(g => g.Jurisdiction).HasMaxLength(8);
            gateway.Property(g => g.Citation).HasMaxLength(500);
            gateway.Property(g => g.Description).HasMaxLength(2000);
            gateway.PrimitiveCollection(g => g.Purposes).ElementType().HasConversion<string>();
            gateway.Property(g => g.RegisteredBy).HasMaxLength(200);
        });

        modelBuilder.Entity<Agreement>(agreement =>
        {
            agreement.ToTable("agreements");
            agreement.HasKey(a => a.Id);
            agreement.Property(a => a.Id).ValueGeneratedNever();
            agreement.Property(a => a.Code).HasMaxLength(64);
            agreement.HasIndex(a => a.Code).IsUnique();
            agreement.Property(a => a.Title).HasMaxLength(200);
            agreement.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
            agreement.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
            agreement.Property(a => a.CreatedBy).HasMaxLength(200);
            agreement.Ignore(a => a.LatestVersion);
            // "Which agreements is this organisation party to": parties and their lists.
            agreement.HasIndex(a => a.PartyIds).HasMethod("gin");
            // The expiry job's question: what is in force past its end.
            agreement.HasIndex(a => new { a.Status, a.InForceUntil });
            agreement.HasIndex(a => new { a.CreatedAt, a.Id });
        });

        modelBuilder.Entity<AgreementVersion>(version =>
        {
            version.ToTable("agreement_versions");
            version.HasKey(v => new { v.AgreementId, v.Version });
            version.Property(v => v.State).HasConversion<string>().HasMaxLength(16);
            version.Property(v => v.Content).HasColumnType("jsonb");
            version.Property(v => v.CreatedBy).HasMaxLength(200);
            version.HasOne<Agreement>().WithMany().HasForeignKey(v => v.AgreementId);
        });

        modelBuilder.Entity<AgreementApproval>(approval =>
        {
            approval.ToTable("agreement_approvals");
            // Note: the key is also the guard against a party approving one version twice, whatever races.
            approval.HasKey(a => new { a.AgreementId, a.Version, a.OrganisationId });
            approval.Property(a => a.OrganisationId).HasMaxLength(64);
            approval.Property(a => a.ApprovedBy).HasMaxLength(200);
            approval.HasOne<AgreementVersion>().WithMany().HasForeignKey(a => new { a.AgreementId, a.Version });
        });

        modelBuilder.Entity<AgreementEvent>(change =>
        {
            change.ToTable("agreement_events");
            change.HasKey(e => e.Id);
            change.Property(e => e.Id).UseIdentityAlwaysColumn();
            change.Property(e => e.Kind).HasConversion<string>().HasMaxLength(24);
            change.Property(e => e.By).HasMaxLength(200);
            change.Property(e => e.Reason).HasMaxLength(2000);
            change.HasIndex(e => new { e.AgreementId, e.Id });
            change.HasOne<Agreement>().WithMany().HasForeignKey(e => e.AgreementId);
        });

        modelBuilder.Entity<Consent>(consent =>
        {
            consent.ToTable("consents");
            consent.HasKey(c => c.Id);
            consent.Property(c => c.Id).ValueGeneratedNever();
            consent.Property(c => c.Originator).HasMaxLength(64);
            consent.Property(c => c.Recipient).HasMaxLength(64);
            consent.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(32);
            consent.Property(c => c.GrantedBy).HasMaxLength(200);
            consent.Property(c => c.RevokedBy).HasMaxLength(200);
            consent.HasIndex(c => new { c.Originator, c.GrantedAt });
            consent.HasIndex(c => new { c.Recipient, c.GrantedAt });
        });

        modelBuilder.Entity<StoredConsentRequest>(request =>
        {
            request.ToTable("consent_requests");
            request.HasKey(r => r.Id);
            // Note: the id is the requesting service's, so a redelivered request lands on the same row.
            request.Property(r => r.Id).ValueGeneratedNever();
            request.Property(r => r.Originator).HasMaxLength(64);
            request.Property(r => r.RequestedBy).HasMaxLength(64);
            request.Property(r => r.RequestedByPerson).HasMaxLength(200);
            request.Property(r => r.Recipient).HasMaxLength(64);
            request.Property(r => r.Purpose).HasConversion<string>().HasMaxLength(32);
            request.Property(r => r.Subject).HasMaxLength(ConsentRequestLimits.SubjectLength);
            request.Property(r => r.SubjectReference).HasMaxLength(ConsentRequestLimits.ReferenceLength);
            request.Property(r => r.Justification).HasMaxLength(ConsentRequestLimits.JustificationLength);
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            request.Property(r => r.AnsweredBy).HasMaxLength(200);
            request.Property(r => r.Reason).HasMaxLength(ConsentRequestLimits.ReasonLength);
            request.HasIndex(r => new { r.Originator, r.Status, r.RequestedAt });
            request.HasIndex(r => new { r.RequestedBy, r.RequestedAt });
        });

        modelBuilder.Entity<StoredCheckpoint>(checkpoint =>
        {
            checkpoint.ToTable("audit_checkpoints");
            // Note: one hash per (service, sequence): the first received stands; a different one is a conflict, stored apart.
            checkpoint.HasKey(c => new { c.Service, c.Sequence });
            checkpoint.Property(c => c.Service).HasMaxLength(64);
            checkpoint.Property(c => c.Hash).HasMaxLength(64);
        });

        modelBuilder.Entity<CheckpointConflict>(conflict =>
        {
            conflict.ToTable("audit_checkpoint_conflicts");
            conflict.HasKey(c => c.Id);
            conflict.Property(c => c.Id).UseIdentityAlwaysColumn();
            conflict.Property(c => c.Service).HasMaxLength(64);
            conflict.Property(c => c.StoredHash).HasMaxLength(64);
            conflict.Property(c => c.ConflictingHash).HasMaxLength(64);
            // The same conflicting checkpoint delivered again is the same evidence, kept once.
            conflict.HasIndex(c => new { c.Service, c.Sequence, c.ConflictingHash }).IsUnique();
        });

        modelBuilder.Entity<ChangeCounter>(counter =>
        {
            counter.ToTable("change_sequence");
            counter.HasKey(c => c.Id);
            counter.Property(c => c.Id).ValueGeneratedNever();
            counter.HasData(new ChangeCounter { Id = ChangeSequence.RowId, Value = 0 });
        });

        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditChain();
    }
}
