using Concord.Fiu.Domain;
using Microsoft.EntityFrameworkCore;

namespace Concord.Fiu.Screening;

/// <summary>The typologies the FIU screens with and the hits on received reports, in the FIU's database.</summary>
public static class ScreeningModel
{
    /// <summary>The sequence <see cref="ScreeningTypology.Generation"/> is drawn from.</summary>
    public const string GenerationSequence = "screening_generation";

    public static ModelBuilder AddTypologyScreening(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasSequence<long>(GenerationSequence);
        modelBuilder.Entity<ScreeningTypology>(typology =>
        {
            typology.ToTable("screening_typologies");
            typology.HasKey(t => t.TypologyId);
            typology.Property(t => t.TypologyId).ValueGeneratedNever();
            typology.Property(t => t.Indicators).HasColumnType("jsonb");
            typology.Property(t => t.Generation).HasDefaultValueSql($"nextval('{GenerationSequence}')");
        });

        modelBuilder.Entity<ReportTypologyHit>(hit =>
        {
            hit.ToTable("report_typology_hits");
            hit.HasKey(h => new { h.ReportId, h.TypologyId, h.IndicatorCode });
            // Note: a purged report takes its hits with it (the retention job deletes received_reports rows).
            hit.HasOne<ReceivedReport>().WithMany().HasForeignKey(h => h.ReportId).OnDelete(DeleteBehavior.Cascade);
            // Per-typology figures read the hits of one typology over time.
            hit.HasIndex(h => new { h.TypologyId, h.MatchedAt });
        });

        return modelBuilder;
    }
}
