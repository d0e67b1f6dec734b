using Concord.Contracts.Filing;
using Concord.Contracts.Typologies;
using Concord.Fiu.Domain;
using Concord.Fiu.Persistence;
using Concord.ServiceDefaults.Outbox;

namespace Concord.Fiu.Screening;

/// <summary>
/// Screening at intake, for one acknowledged report in the intake transaction: its hits are stored, and a
/// <see cref="ReportScreened"/> goes into the outbox when it cites a typology or matched a rule, for the typology
/// service's figures. Nothing here can fail the intake: rules never throw, and hits are plain rows.
/// </summary>
internal static class IntakeScreening
{
    public static void Record(FiuDbContext db, ReceivedReport received, SuspiciousActivityReport report, IReadOnlyList<TypologyHit> hits, DateTimeOffset now)
    {
        foreach (var hit in hits)
        {
            db.Add(new ReportTypologyHit
            {
                ReportId = received.Id,
                TypologyId = hit.TypologyId,
                Code = hit.Code,
                Version = hit.Version,
                IndicatorCode = hit.IndicatorCode,
                MatchedAt = now,
            });
        }

        var cited = CitedCodes(report);
        if (cited.Count == 0 && hits.Count == 0)
        {
            return;
        }

        db.AddOutboxMessage(new ReportScreened
        {
            ReportId = received.Id,
            ConcordReference = received.ConcordReference,
            BankOrganisationId = received.BankOrganisationId,
            ReceivedAt = received.ReceivedAt,
            CitedTypologyCodes = cited,
            Hits = hits,
            ScreenedAt = now,
        }, now);
    }

    /// <summary>The typology codes the report cites, as the contract wants them: trimmed, upper-cased, distinct.</summary>
    public static IReadOnlyList<string> CitedCodes(SuspiciousActivityReport report) =>
        [.. (report.TypologyCodes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal)];
}
